package io.github.bmmsite.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What {@code mvn -q} shows of a failed bake: the lines logged at error level and the goal's
 * failure, nothing at warning or info level. That is enough to see every diagnostic that failed
 * the bake, with its code and file, warnings of strict mode included.
 */
@MojoTest
@Basedir("/unit/small-view")
class QuietBuildTest {

    @TempDir
    Path temp;

    @Inject
    MavenSession session;

    /** One placeholder without a value, and no bmm.baseUrl: two warnings. */
    @BeforeEach
    void documentWithTwoWarnings() throws IOException {
        Path source = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(source.resolve("vista.md"), "## Vista\n\n### O1: Uno\nPara $CLIENTE.\n");
        session.getUserProperties().setProperty("bmm.source", source.toString());
        session.getUserProperties().setProperty("bmm.output", temp.resolve("site").toString());
    }

    /** The output of a quiet build: errors, then the failure Maven prints. */
    private static String quiet(RecordingLog log, Exception failure) {
        List<String> shown = new ArrayList<>(log.errors);
        if (failure != null) {
            shown.add(failure.getMessage());
        }
        return String.join("\n", shown);
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "strict", value = "true")
    void showsTheWarningsThatFailedABakeInStrictMode(BakeMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        MojoFailureException failure = catchThrowableOfType(mojo::execute, MojoFailureException.class);

        assertThat(log.errors).isEmpty();
        assertThat(quiet(log, failure)).contains("the site was not baked: 2 warning(s) in strict mode",
                "docs/vista.md:4: warning [BMM020] the placeholder $CLIENTE has no value",
                "site/sitemap.xml: warning [BMM041] bmm.baseUrl is not set");
    }

    @Test
    @InjectMojo(goal = "serve")
    @MojoParameter(name = "strict", value = "true")
    @MojoParameter(name = "port", value = "0")
    void showsTheWarningsThatFailedAPreviewBakeInStrictMode(ServeMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (MojoFailureException e) {
                log.errors.add(e.getMessage());
            }
        });
        goal.start();
        try {
            awaitServing(log);
        } finally {
            goal.interrupt();
            goal.join(10_000);
        }

        assertThat(quiet(log, null)).contains("the site was not baked: 2 warning(s) in strict mode",
                "docs/vista.md:4: warning [BMM020] the placeholder $CLIENTE has no value",
                "site/sitemap.xml: warning [BMM041] bmm.baseUrl is not set");
    }

    /** The first bake ends before the preview says where it serves. */
    private static void awaitServing(RecordingLog log) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (log.infos.stream().anyMatch(line -> line.startsWith("Serving the BMM site at "))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the preview did not start; errors: " + log.errors);
    }

    @Test
    @InjectMojo(goal = "bake")
    void anInternalErrorKeepsItsCauseForMavensDashE(BakeMojo mojo) {
        // A defect of the plugin stands in: a parameter Maven always sets, left unset.
        mojo.output = null;

        MojoExecutionException failure = catchThrowableOfType(mojo::execute, MojoExecutionException.class);

        assertThat(failure).hasMessageStartingWith("internal error, please report it")
                .hasCauseInstanceOf(NullPointerException.class);
    }
}
