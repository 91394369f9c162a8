package io.github.bmmsite.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a request to the preview may be addressed to (its {@code Host} header):
 * {@code localhost} and the address the preview listens on, with any port. A page of another site
 * whose name was pointed at this machine (DNS rebinding) sends that name, and is refused. When the
 * preview listens on every address ({@code 0.0.0.0}), any address is accepted, but still no name
 * other than {@code localhost}. Parsed by hand: the JDK has no parser for a {@code Host} header,
 * and {@code InetAddress.getByName} would look a name up in the DNS.
 */
final class AllowedHosts {

    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f]*:[0-9A-Fa-f:.]*]|[^:\\[\\]]+)(:[0-9]{1,5})?");
    private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");

    private final InetAddress bound;

    AllowedHosts(InetAddress bound) {
        this.bound = bound;
    }

    boolean allow(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        Matcher host = HOST.matcher(hostHeader.strip());
        if (!host.matches()) {
            return false;
        }
        String name = host.group(1);
        if (name.toLowerCase(Locale.ROOT).equals("localhost")) {
            return true;
        }
        return address(name).filter(address -> bound.isAnyLocalAddress() || address.equals(bound)).isPresent();
    }

    /** The address a literal names ({@code 127.0.0.1}, {@code [::1]}); never a DNS lookup. */
    private static Optional<InetAddress> address(String literal) {
        try {
            if (literal.startsWith("[")) {
                // Starts with a hex digit or a colon and holds a colon (the pattern says so): Java reads
                // it as an IPv6 literal, or fails, without a lookup.
                return Optional.of(InetAddress.getByName(literal.substring(1, literal.length() - 1)));
            }
            Matcher ipv4 = IPV4.matcher(literal);
            if (!ipv4.matches()) {
                return Optional.empty();
            }
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
