package io.github.bmmsite.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    private final Set<Diagnostic> reported = new HashSet<>();

    /** The same problem at the same place is reported once, however many pages meet it. */
    public synchronized void report(Problem problem, SourceLocation location, String message) {
        reported.add(new Diagnostic(problem, location, message));
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
