package io.github.bmmsite.index;

import java.util.List;

/**
 * How the text of a field becomes the terms of the search index: the analysis the results page
 * applies to queries, done here at bake time. Each implementation follows a script of the site
 * step for step, so that a word of a page and the same word in a query become the same term.
 */
sealed interface TermAnalysis permits SpanishAnalysis, EnglishAnalysis {

    /** The terms of a field's value, in order, repeated as often as they occur. */
    List<String> terms(String value, boolean code);

    /**
     * The analysis of the site's search rules, as the results page picks it (its message
     * {@code search.language}): Spanish for {@code es}, lunr's English pipeline for anything else.
     */
    static TermAnalysis of(String searchLanguage) {
        return searchLanguage.equals("es") ? new SpanishAnalysis() : new EnglishAnalysis();
    }
}
