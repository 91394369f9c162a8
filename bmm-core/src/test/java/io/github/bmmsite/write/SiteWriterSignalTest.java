package io.github.bmmsite.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A bake stopped by a signal, for real: a JVM of its own, stopped (SIGTERM) or killed (SIGKILL). */
class SiteWriterSignalTest {

    @TempDir
    Path temp;

    private Process halfWayBake() throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StagingHolder.class.getName(), temp.resolve("docs").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("staged");
        return process;
    }

    private List<String> besideOutput() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStoppedBakeRemovesItsStagingFolderAndAKilledOneLeavesItToTheNextBake() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            Process stopped = halfWayBake();
            assertThat(besideOutput()).singleElement().asString().startsWith(".docs.new-");
            stopped.destroy();
            stopped.waitFor();

            assertThat(besideOutput()).isEmpty();

            Process killed = halfWayBake();
            killed.destroyForcibly();
            killed.waitFor();

            assertThat(besideOutput()).singleElement().asString().startsWith(".docs.new-");
        });

        try (SiteWriter writer = SiteWriter.open(temp.resolve("docs"), OutputPolicy.DEFAULT)) {
            writer.stage(new OutputFile.Bytes("index.html", "entera".getBytes(StandardCharsets.UTF_8)));
            writer.commit();
        }
        assertThat(besideOutput()).containsExactly("docs");
    }
}
