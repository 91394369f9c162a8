package io.github.bmmsite.bake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings that pages use as addresses, {@code bmm.baseUrl} and every {@code config} entry whose
 * name ends in {@code _url}, hold only http, https or relative addresses: a link to a
 * {@code javascript:} or {@code data:} address runs or shows whatever it holds.
 */
final class AddressSettings {

    /** A URL's scheme, as browsers find it. */
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https");

    private AddressSettings() {
    }

    /** One message per setting that holds another kind of address, in the order of their names. */
    static List<String> problems(Optional<String> baseUrl, Map<String, String> config) {
        Map<String, String> settings = new TreeMap<>();
        baseUrl.ifPresent(url -> settings.put("bmm.baseUrl", url));
        config.forEach((key, value) -> {
            if (key.endsWith("_url")) {
                settings.put("config." + key, value);
            }
        });
        List<String> problems = new ArrayList<>();
        settings.forEach((name, value) -> scheme(value).filter(s -> !ALLOWED_SCHEMES.contains(s)).ifPresent(
                scheme -> problems.add(name + " is '" + value + "', a '" + scheme + ":' address; pages link to it,"
                        + " so it must be an http or https address (https://…) or a path relative to the site")));
        return problems;
    }

    /**
     * The scheme a browser reads in {@code address}, in lower case; empty for a relative address. As
     * the WHATWG URL standard says, browsers ignore leading spaces and control characters, and tabs and
     * line breaks anywhere ({@code java\tscript:} is {@code javascript:}).
     */
    private static Optional<String> scheme(String address) {
        Matcher scheme = SCHEME.matcher(address.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", ""));
        return scheme.lookingAt() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
