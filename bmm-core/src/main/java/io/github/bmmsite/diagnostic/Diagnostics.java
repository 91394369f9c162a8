package io.github.bmmsite.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one bake. Stages report and carry on, so that the user sees every
 * problem at once; stages run in parallel, hence the synchronisation.
 */
public final class Diagnostics {

    private static final Comparator<Diagnostic> READING_ORDER = Comparator
            .comparing((Diagnostic d) -> d.location().file().toString())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    private final List<Diagnostic> reported = new ArrayList<>();

    public synchronized void report(Problem problem, SourceLocation location, String message) {
        Diagnostic diagnostic = new Diagnostic(problem, location, message);
        if (!reported.contains(diagnostic)) {
            reported.add(diagnostic);
        }
    }

    /** All diagnostics, sorted by file and line so that output is stable between runs. */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(reported);
        sorted.sort(READING_ORDER);
        return List.copyOf(sorted);
    }

    public synchronized long count(Severity severity) {
        return reported.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
