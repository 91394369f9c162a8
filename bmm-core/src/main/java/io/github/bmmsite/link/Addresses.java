package io.github.bmmsite.link;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses (URLs) as browsers read them (WHATWG URL standard), so that a check of an address
 * sees what a reader's browser will follow: {@code " java\tscript:"} is a {@code javascript:}
 * address.
 */
public final class Addresses {

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

    private Addresses() {
    }

    /** The address without what browsers ignore: spaces and control characters at its ends, tabs and line breaks. */
    public static String asRead(String address) {
        return address.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
    }

    /** The scheme a browser reads in an address, in lower case; empty for a relative address. */
    public static Optional<String> scheme(String address) {
        Matcher scheme = SCHEME.matcher(asRead(address));
        return scheme.lookingAt() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
