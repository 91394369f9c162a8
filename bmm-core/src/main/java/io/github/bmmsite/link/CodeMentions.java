package io.github.bmmsite.link;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds element codes mentioned in running text. Only whole codes match: {@code O1} is not
 * found inside {@code O10}, {@code O100}, {@code OETI01} or {@code O1.2}, and "Objetivo 5" is not
 * {@code O5}.
 */
public final class CodeMentions {

    private final Optional<Pattern> pattern;

    public CodeMentions(Collection<String> codes) {
        if (codes.isEmpty()) {
            this.pattern = Optional.empty();
            return;
        }
        // Longest first, so that an alternation never stops at a shorter code that is a prefix.
        String alternatives = codes.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = Optional.of(Pattern.compile(
                "(?<![\\p{L}\\p{N}_$])(?:" + alternatives + ")(?![\\p{L}\\p{N}_]|[.\\-/][\\p{N}])"));
    }

    /** A matcher over {@code text}, or empty when the site has no codes. */
    public Optional<Matcher> in(CharSequence text) {
        return pattern.map(p -> p.matcher(text));
    }
}
