package io.github.bmmsite.browser;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What axe-core finds on the pages a test opens, at each width and colour scheme, reported together. */
final class AxeFindings {

    private final Map<String, String> violations = new LinkedHashMap<>();

    /** Runs axe-core on the page {@code browser} shows; {@code where} names the page, width and scheme. */
    void check(Browser browser, String where) throws IOException {
        String found = browser.axeViolations();
        if (!found.equals("[]")) {
            violations.put(where, found);
        }
    }

    void assertNone() {
        assertThat(violations).as("axe-core violations (WCAG 2.1 A/AA):%n%s", String.join("\n", violations.entrySet()
                .stream().map(e -> e.getKey() + ": " + e.getValue()).toList())).isEmpty();
    }
}
