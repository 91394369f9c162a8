package io.github.bmmsite.bake;

import io.github.bmmsite.link.Addresses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings that pages use as addresses, {@code bmm.baseUrl} and every {@code config} entry whose
 * name ends in {@code _url}, hold only http, https or relative addresses: a link to a
 * {@code javascript:} or {@code data:} address runs or shows whatever it holds.
 */
final class AddressSettings {

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
        settings.forEach((name, value) -> Addresses.scheme(value).filter(s -> !ALLOWED_SCHEMES.contains(s)).ifPresent(
                scheme -> problems.add(name + " is '" + value + "', a '" + scheme + ":' address; pages link to it,"
                        + " so it must be an http or https address (https://…) or a path relative to the site")));
        return problems;
    }
}
