package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a bake tells the person who ran it, line by line, and how it ended. A bake in a JVM of its own
 * writes it to a file that the JVM which started it reads back ({@link #write}, {@link #read}), so that
 * the terminal shows the same whichever JVM baked.
 *
 * @param lines   what to print, in order
 * @param outcome whether the site was baked, the input failed the bake, or the plugin failed
 * @param message for a failed or crashed bake, what the build fails with
 */
public record BakeReport(List<Line> lines, Outcome outcome, String message) {

    /** How loudly a line is printed. */
    public enum Level { ERROR, WARNING, INFO, DEBUG }

    public enum Outcome { BAKED, FAILED, CRASHED }

    public record Line(Level level, String text) {
    }

    public BakeReport {
        lines = List.copyOf(lines);
        message = message == null ? "" : message;
    }

    /** A bake to run and report. */
    @FunctionalInterface
    public interface Bake {
        BakeResult run() throws BakeFailedException;
    }

    /** Runs a bake into {@code output} and reports it; a failure of the plugin itself is reported, not thrown. */
    public static BakeReport of(Path output, Bake bake) {
        try {
            return baked(bake.run(), output);
        } catch (BakeFailedException e) {
            return new BakeReport(diagnosticLines(e.diagnostics()), Outcome.FAILED, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // Bad input is reported as diagnostics; anything that gets here is a defect of the plugin.
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return new BakeReport(List.of(new Line(Level.DEBUG, "Internal error: " + trace)), Outcome.CRASHED,
                    internalError(e));
        }
    }

    /** What the build fails with when the plugin itself failed. */
    public static String internalError(Throwable e) {
        return "internal error, please report it with the output of the build run with -X (" + e + ")";
    }

    private static BakeReport baked(BakeResult result, Path output) {
        List<Line> lines = new ArrayList<>(diagnosticLines(result.diagnostics()));
        if (result.cache().upToDate()) {
            lines.add(new Line(Level.INFO, "BMM site is up to date: " + result.pages() + " pages in " + output
                    + " (nothing changed since the previous bake) " + result.timing()));
        } else {
            lines.add(new Line(Level.INFO, "Baked " + result.pages() + " pages into " + output + " ("
                    + result.filesChanged() + " written, " + result.filesUnchanged() + " unchanged; "
                    + result.cache().rendered() + " rendered from templates, " + result.cache().reused()
                    + " reused) " + result.timing()));
        }
        return new BakeReport(lines, Outcome.BAKED, "");
    }

    /** One line per diagnostic, {@code file:line: severity [code] message}, then the counts. */
    public static List<Line> diagnosticLines(List<Diagnostic> diagnostics) {
        List<Line> lines = new ArrayList<>();
        int[] counts = new int[3];
        for (Diagnostic diagnostic : diagnostics) {
            Level level = switch (diagnostic.severity()) {
                case ERROR -> Level.ERROR;
                case WARNING -> Level.WARNING;
                case NOTE -> Level.INFO;
            };
            counts[level.ordinal()]++;
            lines.add(new Line(level, diagnostic.format()));
        }
        if (!diagnostics.isEmpty()) {
            lines.add(new Line(Level.INFO, counts[0] + " error(s), " + counts[1] + " warning(s), " + counts[2]
                    + " note(s)"));
        }
        return lines;
    }

    /** One record a line: {@code OUTCOME message}, then {@code LEVEL text}, tab-separated, escaped. */
    public void write(Writer out) throws IOException {
        out.write(outcome.name() + '\t' + escape(message) + '\n');
        for (Line line : lines) {
            out.write(line.level().name() + '\t' + escape(line.text()) + '\n');
        }
    }

    /** What {@link #write} wrote; empty when the text is not such a report (the bake stopped while writing it). */
    public static Optional<BakeReport> read(BufferedReader in) throws IOException {
        String first = in.readLine();
        if (first == null || first.indexOf('\t') < 0) {
            return Optional.empty();
        }
        try {
            Outcome outcome = Outcome.valueOf(first.substring(0, first.indexOf('\t')));
            List<Line> lines = new ArrayList<>();
            for (String record = in.readLine(); record != null; record = in.readLine()) {
                int tab = record.indexOf('\t');
                if (tab < 0) {
                    return Optional.empty();
                }
                lines.add(new Line(Level.valueOf(record.substring(0, tab)), unescape(record.substring(tab + 1))));
            }
            return Optional.of(new BakeReport(lines, outcome, unescape(first.substring(first.indexOf('\t') + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
