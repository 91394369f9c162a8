package io.github.bmmsite.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text colour of the default theme against every background it is used on, in both schemes,
 * including the states axe-core cannot see in a page (visited and hovered links, keyboard focus).
 */
class ThemeColoursTest {

    /** Text colour, background: pairs that the stylesheet puts together. */
    private static final List<String[]> PAIRS = List.of(
            pair("text", "background"), pair("text", "surface"), pair("text", "code-background"),
            pair("muted", "background"), pair("muted", "surface"), pair("muted", "code-background"),
            pair("heading", "background"), pair("heading", "surface"),
            pair("link", "background"), pair("link", "surface"), pair("link", "draft-background"),
            pair("link-visited", "background"), pair("link-visited", "surface"),
            pair("link-visited", "draft-background"),
            pair("link-hover", "background"), pair("link-hover", "surface"),
            pair("badge-text", "badge-background"), pair("draft-text", "draft-background"),
            pair("unresolved-text", "unresolved-background"), pair("highlight-text", "highlight-background"),
            pair("link", "matrix-hit"), pair("link-visited", "matrix-hit"), pair("link-hover", "matrix-hit"),
            pair("on-primary", "primary"), pair("on-primary", "primary-dark"), pair("focus-text", "focus"),
            pair("diagram-text", "layer-motivation"), pair("diagram-text", "layer-strategy"),
            pair("diagram-text", "layer-business"), pair("diagram-text", "layer-application"),
            pair("diagram-text", "layer-technology"), pair("diagram-text", "layer-implementation"),
            pair("diagram-text", "layer-other"), pair("diagram-group-text", "diagram-background"),
            pair("diagram-group-text", "diagram-group-tab"), pair("diagram-text", "diagram-note"),
            pair("diagram-text", "diagram-background"),
            // Lines and marks are not text, but they carry the meaning of the drawing.
            pair("diagram-line", "diagram-background"), pair("diagram-border", "diagram-background"));

    private static final Pattern PROPERTY = Pattern.compile("--color-([a-z-]+):\\s*(#[0-9a-fA-F]{6})");

    private static String[] pair(String text, String background) {
        return new String[] {text, background};
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyTextColourHasAContrastOfAtLeast4point5(String scheme) throws IOException {
        Map<String, String> colours = colours(scheme);
        List<String> failures = new ArrayList<>();
        for (String[] pair : PAIRS) {
            double ratio = contrast(colours.get(pair[0]), colours.get(pair[1]));
            if (ratio < 4.5) {
                failures.add(String.format("%s %s on %s %s: %.2f:1", pair[0], colours.get(pair[0]), pair[1],
                        colours.get(pair[1]), ratio));
            }
        }
        assertThat(failures).as(scheme + " scheme").isEmpty();
    }

    /** The light values, with the dark scheme's replacing them when asked for. */
    private static Map<String, String> colours(String scheme) throws IOException {
        String css;
        try (InputStream in = ThemeColoursTest.class.getResourceAsStream("/bmm-site-template/assets/css/bmm.css")) {
            assertThat(in).as("bmm.css of the default template set").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int dark = css.indexOf("@media (prefers-color-scheme: dark)");
        assertThat(dark).isPositive();
        Map<String, String> colours = new HashMap<>(properties(css.substring(0, dark)));
        if (scheme.equals("dark")) {
            colours.putAll(properties(css.substring(dark, css.indexOf("}\n}", dark))));
        }
        for (String[] pair : PAIRS) {
            assertThat(colours).containsKeys(pair[0], pair[1]);
        }
        return colours;
    }

    private static Map<String, String> properties(String css) {
        Map<String, String> found = new HashMap<>();
        Matcher matcher = PROPERTY.matcher(css);
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2));
        }
        return found;
    }

    /** WCAG 2.1 contrast ratio of two #rrggbb colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}
