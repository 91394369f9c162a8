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
 * {@code javascript:} or {@code data:} address runs or shows whatever it holds. The entity's logo
 * ({@code config.entity_logo}) is a path inside the published assets: pages load no image from
 * another site, and a path that climbs out of the assets would name a file of someone else.
 */
final class AddressSettings {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https");
    static final String LOGO = "entity_logo";

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
        Optional.ofNullable(config.get(LOGO)).flatMap(AddressSettings::logoProblem)
                .ifPresent(why -> problems.add("config." + LOGO + " is '" + config.get(LOGO) + "', " + why
                        + "; it must be the path of an image in the project's assets folder (bmm.assets),"
                        + " such as img/logo.svg"));
        settings.forEach((name, value) -> Addresses.scheme(value).filter(s -> !ALLOWED_SCHEMES.contains(s)).ifPresent(
                scheme -> problems.add(name + " is '" + value + "', a '" + scheme + ":' address; pages link to it,"
                        + " so it must be an http or https address (https://…) or a path relative to the site")));
        return problems;
    }

    private static Optional<String> logoProblem(String path) {
        if (Addresses.scheme(path).isPresent()) {
            return Optional.of("an address: pages load no image from another site");
        }
        if (path.startsWith("/") || path.startsWith("\\")) {
            return Optional.of("an absolute path");
        }
        if (List.of(path.split("[/\\\\]")).contains("..")) {
            return Optional.of("a path that leaves the assets folder");
        }
        return Optional.empty();
    }
}
