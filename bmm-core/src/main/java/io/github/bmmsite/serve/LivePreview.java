package io.github.bmmsite.serve;

import io.github.bmmsite.bake.BakeFailedException;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.diagnostic.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bmm:serve}: bakes, serves the site, and bakes again whenever a document, model file,
 * template or asset changes. Open pages reload after a good bake; after a bad one they show the
 * problems while the last good site stays served (a failed bake never touches the output).
 */
public final class LivePreview implements AutoCloseable {

    /** What the preview tells the person at the terminal. */
    public interface Listener {
        void baked(BakeResult result, long millis);

        void failed(BakeFailedException failure);
    }

    private final BakeOptions options;
    private final Listener listener;
    private final PreviewServer server;
    private final FolderWatcher watcher;

    private LivePreview(BakeOptions options, Listener listener, String host, int port) throws IOException {
        this.options = options;
        this.listener = listener;
        this.server = new PreviewServer(options.output(), host, port);
        bake();
        List<Path> watched = new ArrayList<>(List.of(options.source()));
        for (Path folder : new Path[] {options.templates(), options.assets()}) {
            if (folder != null) {
                watched.add(folder);
            }
        }
        // A model folder (the collaboration layout) is watched too; a model file is re-read on the next bake.
        options.model().filter(Files::isDirectory).ifPresent(watched::add);
        this.watcher = new FolderWatcher(watched, this::bake);
    }

    public static LivePreview start(BakeOptions options, Listener listener, String host, int port)
            throws IOException {
        return new LivePreview(options, listener, host, port);
    }

    public String address() {
        return server.address();
    }

    private synchronized void bake() {
        long start = System.nanoTime();
        try {
            BakeResult result = new Baker(options).bake();
            listener.baked(result, (System.nanoTime() - start) / 1_000_000);
            server.reload();
        } catch (BakeFailedException e) {
            listener.failed(e);
            List<String> lines = new ArrayList<>(e.diagnostics().stream().map(Diagnostic::format).toList());
            lines.add(e.summary());
            server.problems(lines);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
