package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.write.Folders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs a bake in a JVM of its own and reads back its report. That JVM runs the bake with the serial
 * collector, which grows the heap with what the bake keeps; in Maven's JVM, G1 grows it with what the
 * bake allocates, to about twice the memory for the same site. It may use as much heap as this JVM, so
 * {@code MAVEN_OPTS=-Xmx…} bounds both, and its JIT compilers inline less.
 */
public final class ForkedBake {

    /** The exit code of a JVM run with {@code -XX:+ExitOnOutOfMemoryError} that ran out of heap. */
    private static final int OUT_OF_MEMORY = 3;
    /** The last lines of the JVM's own output that a report quotes when the JVM stopped without one. */
    private static final int QUOTED_LINES = 20;
    private static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.";

    private ForkedBake() {
    }

    /** Bakes in a JVM that loads the bake's classes from {@code classpath} (entries as {@code java -cp} takes them). */
    public static BakeReport bake(BakeOptions options, String classpath) {
        long maxHeap = Runtime.getRuntime().maxMemory();
        return bake(options, classpath,
                maxHeap == Long.MAX_VALUE ? List.of() : List.of("-Xmx" + Math.max(maxHeap >> 20, 64) + "m"));
    }

    /** Bakes in a JVM started with these options besides the bake's own. */
    static BakeReport bake(BakeOptions options, String classpath, List<String> jvmOptions) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("bmm-bake-");
            Path optionsFile = folder.resolve("options.properties");
            try (Writer out = Files.newBufferedWriter(optionsFile, StandardCharsets.UTF_8)) {
                BakeOptionsFile.write(options, out);
            }
            Path reportFile = folder.resolve("report.txt");
            Path arguments = folder.resolve("arguments.txt");
            Files.writeString(arguments, argumentFile(List.of("-cp", classpath, ForkedBakeMain.class.getName(),
                    optionsFile.toString(), reportFile.toString())), StandardCharsets.UTF_8);
            return run(command(jvmOptions, arguments), reportFile, options.output());
        } catch (IOException e) {
            return new BakeReport(List.of(), BakeReport.Outcome.CRASHED, "cannot start a JVM for the bake: "
                    + IoReason.of(e) + "; -Dbmm.fork=false bakes in Maven's JVM");
        } finally {
            deleteQuietly(folder);
        }
    }

    private static List<String> command(List<String> jvmOptions, Path arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
        // A bake is over before the JIT compilers catch up: with the default inlining they kept a core
        // busy for most of a bake of 10,000 elements. Inlining less compiles less, for a little slower
        // code; that bake took about 10 % less time and 20 % less CPU.
        command.addAll(List.of("-XX:MaxInlineLevel=4", "-XX:InlineSmallCode=500", "-XX:FreqInlineSize=100",
                "-XX:C1MaxInlineLevel=4"));
        // A bake keeps its model to the end and makes each page's values for a moment: a young
        // generation of a sixth of the heap (a third by default) leaves the model room in a bounded heap.
        command.add("-XX:NewRatio=5");
        command.addAll(jvmOptions);
        // Logging settings given to Maven (-Dorg.slf4j.simpleLogger.log.org.jbake=…) reach the bake's logger too.
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(SIMPLE_LOGGER)).sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.add("@" + arguments);
        return command;
    }

    private static BakeReport run(List<String> command, Path reportFile, Path output) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread stop = new Thread(process::destroy, "stop the bake's JVM");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            List<String> said = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    Charset.defaultCharset()))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    said.add(line);
                }
            }
            int exit = process.waitFor();
            Optional<BakeReport> report = Files.isRegularFile(reportFile) ? read(reportFile) : Optional.empty();
            if (report.isPresent()) {
                return withOutput(report.get(), said);
            }
            if (exit == OUT_OF_MEMORY) {
                return new BakeReport(List.of(), BakeReport.Outcome.FAILED, "the bake ran out of memory: it may use"
                        + " at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MB of heap, as much as Maven's"
                        + " JVM; give Maven more (for example MAVEN_OPTS=-Xmx2g); the site in " + output
                        + " was not replaced");
            }
            return new BakeReport(List.of(), BakeReport.Outcome.CRASHED, "the bake's JVM stopped (exit code "
                    + exit + ") without saying how the bake went"
                    + (said.isEmpty() ? "" : "; its last words:\n  "
                    + String.join("\n  ", said.subList(Math.max(0, said.size() - QUOTED_LINES), said.size()))));
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return new BakeReport(List.of(), BakeReport.Outcome.CRASHED, "the bake was interrupted");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway.
            }
        }
    }

    /** What the JVM printed itself (a warning of the JVM, say) is not dropped: it comes first, as warnings. */
    private static BakeReport withOutput(BakeReport report, List<String> output) {
        if (output.isEmpty()) {
            return report;
        }
        List<BakeReport.Line> lines = new ArrayList<>();
        output.forEach(line -> lines.add(new BakeReport.Line(BakeReport.Level.WARNING, line)));
        lines.addAll(report.lines());
        return new BakeReport(lines, report.outcome(), report.message());
    }

    private static Optional<BakeReport> read(Path reportFile) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(reportFile, StandardCharsets.UTF_8)) {
            return BakeReport.read(in);
        }
    }

    /** A {@code java @file}: one argument a line, quoted, with the backslashes and quotes escaped. */
    static String argumentFile(List<String> arguments) {
        return arguments.stream().map(a -> '"' + a.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            // A file left in the temporary folder harms nothing; the bake's outcome is what matters here.
        }
    }
}
