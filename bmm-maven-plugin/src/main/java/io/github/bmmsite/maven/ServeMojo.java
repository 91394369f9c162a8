package io.github.bmmsite.maven;

import io.github.bmmsite.bake.BakeFailedException;
import io.github.bmmsite.bake.BakeReport;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.serve.LivePreview;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Live preview: bakes the site, serves it at {@code http://127.0.0.1:8080/}, and bakes again when
 * a document, model file, template or asset changes; open pages reload by themselves, and show
 * the problems of a bad edit while the last good site stays served. Stop it with Ctrl+C.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractBakeMojo {

    /** Port of the preview server. */
    @Parameter(property = "bmm.port", defaultValue = "8080")
    int port;

    /** Address the preview server listens on; the default keeps it to this machine. */
    @Parameter(property = "bmm.host", defaultValue = "127.0.0.1")
    String host;

    @Override
    public void execute() throws MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping the BMM site (bmm.skip=true)");
            return;
        }
        LivePreview preview;
        try {
            preview = LivePreview.start(options(), new LogListener(log), host, port);
        } catch (IOException e) {
            throw new MojoFailureException("cannot serve the site at " + host + ":" + port + " (" + IoReason.of(e)
                    + "); choose another port with -Dbmm.port=…");
        }
        Thread stopOnExit = new Thread(() -> close(preview), "bmm-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        log.info("Serving the BMM site at " + preview.address() + " (press Ctrl+C to stop)");
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(preview);
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            log.info("Preview stopped");
        }
    }

    private static void close(LivePreview preview) {
        try {
            preview.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bake results on the terminal, as {@code bmm:bake} prints them. */
    static final class LogListener implements LivePreview.Listener {
        private final Log log;

        LogListener(Log log) {
            this.log = log;
        }

        @Override
        public void baked(BakeResult result, long millis) {
            print(BakeReport.diagnosticLines(result.diagnostics()), log);
            log.info("Baked in " + millis + " ms: " + result.filesChanged() + " files changed, "
                    + result.cache().rendered() + " rendered from templates, " + result.cache().reused() + " reused");
        }

        @Override
        public void failed(BakeFailedException failure) {
            print(BakeReport.diagnosticLines(failure.diagnostics()), log);
            // The message says whether a previous site stays served, and lists what failed the bake (for -q).
            log.error(failure.getMessage());
        }

        @Override
        public void crashed(String message, Throwable error) {
            log.error(message + " with the output of a run with -X; still serving the last good site");
            log.debug("Internal error", error);
        }
    }
}
