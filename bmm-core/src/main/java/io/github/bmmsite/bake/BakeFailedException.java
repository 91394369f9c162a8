package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;

import java.util.List;

/**
 * The bake stopped because of errors in the input (or warnings in strict mode); nothing was
 * written. The diagnostics say what to fix.
 *
 * <p>The message lists the diagnostics that failed the bake, so that whoever sees only the
 * failure (warnings are hidden by {@code mvn -q}) still sees what to fix.
 */
public final class BakeFailedException extends Exception {

    /** How many failing diagnostics the message lists; the rest are counted. */
    static final int LISTED = 20;

    private final String summary;
    private final List<Diagnostic> diagnostics;

    /**
     * @param summary one line: the counts, and what became of the output
     * @param failing the diagnostics that failed the bake, in the order to list them
     * @param diagnostics every diagnostic of the bake
     */
    public BakeFailedException(String summary, List<Diagnostic> failing, List<Diagnostic> diagnostics) {
        super(summary + listing(failing));
        this.summary = summary;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The first line of the message, without the listing. */
    public String summary() {
        return summary;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String listing(List<Diagnostic> failing) {
        StringBuilder text = new StringBuilder();
        failing.stream().limit(LISTED).forEach(d -> text.append("\n  ").append(d.format()));
        if (failing.size() > LISTED) {
            text.append("\n  and ").append(failing.size() - LISTED).append(" more");
        }
        return text.toString();
    }
}
