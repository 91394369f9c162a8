package io.github.bmmsite.index;

import java.util.List;

/** The terms the bake gives a field's value, for tests that compare them with the browser's. */
public final class BakedTerms {

    private BakedTerms() {
    }

    /** @param searchLanguage the site's message {@code search.language} */
    public static List<String> of(String searchLanguage, String value, boolean code) {
        return TermAnalysis.of(searchLanguage).terms(value, code);
    }
}
