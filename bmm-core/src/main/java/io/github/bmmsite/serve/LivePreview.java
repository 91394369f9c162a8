package io.github.bmmsite.serve;

import io.github.bmmsite.bake.BakeFailedException;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Printable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code bmm:serve}: bakes, serves the site, and bakes again whenever a document, model file,
 * template or asset changes. Open pages reload after a good bake; after a bad one they show the
 * problems while the last good site stays served (a failed bake never touches the output).
 *
 * <p>Everything is watched before the first bake starts. Bakes run one at a time; changes seen
 * while one runs lead to exactly one more after it. A bake that fails in any way, a defect of the
 * plugin included, is reported and the preview goes on.
 */
public final class LivePreview implements AutoCloseable {

    /** What the preview tells the person at the terminal. */
    public interface Listener {
        void baked(BakeResult result, long millis);

        void failed(BakeFailedException failure);

        /**
         * A defect of the plugin stopped the bake.
         *
         * @param message says so in one line, as the open pages show it
         * @param error for the details (its trace), which the terminal shows only on request
         */
        void crashed(String message, Throwable error);
    }

    /** One bake of the site; a test puts a slow or failing one in its place. */
    interface Bake {
        BakeResult run(BakeOptions options) throws BakeFailedException;
    }

    // Long enough for a bake to finish writing the site, short enough that stopping is never ignored.
    private static final long STOP_SECONDS = 10;

    private final BakeOptions options;
    private final Listener listener;
    private final Bake bake;
    private final PreviewServer server;
    /** One thread, and room for one waiting bake: a change while one is waiting needs no other. */
    private final ThreadPoolExecutor bakes = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), runnable -> {
                Thread thread = new Thread(runnable, "bmm-bake");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());
    private final CountDownLatch firstBake = new CountDownLatch(1);
    private final FolderWatcher watcher;

    LivePreview(BakeOptions options, Listener listener, String host, int port, Bake bake) throws IOException {
        this.options = options;
        this.listener = listener;
        this.bake = bake;
        this.server = new PreviewServer(options.output(), host, port, options.baseUrl());
        try {
            this.watcher = new FolderWatcher(watchedFolders(options), watchedFiles(options), bakeOutput(options),
                    this::requestBake);
        } catch (IOException | RuntimeException e) {
            server.close();
            bakes.shutdown();
            throw e;
        }
        requestBake();
        try {
            firstBake.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Watches, serves, and returns once the first bake has ended, well or not. */
    public static LivePreview start(BakeOptions options, Listener listener, String host, int port)
            throws IOException {
        return new LivePreview(options, listener, host, port, bakeOptions -> new Baker(bakeOptions).bake());
    }

    private static List<Path> watchedFolders(BakeOptions options) {
        List<Path> folders = new ArrayList<>(List.of(options.source()));
        for (Path folder : new Path[] {options.templates(), options.assets()}) {
            if (folder != null) {
                folders.add(folder);
            }
        }
        // A model folder (the collaboration layout) is watched whole.
        options.model().filter(Files::isDirectory).ifPresent(folders::add);
        return folders;
    }

    /** A model file is watched alone: its folder may hold the whole project, the output included. */
    private static List<Path> watchedFiles(BakeOptions options) {
        return options.model().filter(model -> !Files.isDirectory(model)).stream().toList();
    }

    /** What a bake writes (the output folder, its staging folders beside it) must not start another bake. */
    private static Predicate<Path> bakeOutput(BakeOptions options) {
        Path output = options.output().toAbsolutePath().normalize();
        String staging = "." + output.getFileName() + ".";
        return path -> path.startsWith(output) || (Objects.equals(output.getParent(), path.getParent())
                && path.getFileName().toString().startsWith(staging));
    }

    public String address() {
        return server.address();
    }

    /** Bakes soon: now, or after the bake that runs (once, however often it is asked meanwhile). */
    void requestBake() {
        bakes.execute(this::bakeAndReport);
    }

    /** How many bakes wait for the running one to end: never more than one. */
    int waitingBakes() {
        return bakes.getQueue().size();
    }

    /** The pages are told before the terminal: whoever reads the outcome there finds them up to date. */
    private void bakeAndReport() {
        long start = System.nanoTime();
        try {
            BakeResult result = bake.run(options);
            server.reload();
            listener.baked(result, (System.nanoTime() - start) / 1_000_000);
        } catch (BakeFailedException e) {
            List<String> lines = new ArrayList<>(e.diagnostics().stream().map(Diagnostic::format).toList());
            lines.add(e.summary());
            server.problems(lines);
            listener.failed(e);
        } catch (Throwable e) {
            // Errors too: a StackOverflowError of deeply nested input unwinds, and the preview must go on.
            String message = "internal error (" + Printable.escape(e.toString()) + "), please report it";
            server.problems(List.of(message));
            listener.crashed(message, e);
        } finally {
            firstBake.countDown();
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        // A waiting bake is dropped; the running one may finish, so that it leaves no half-written folder.
        bakes.getQueue().clear();
        bakes.shutdown();
        try {
            bakes.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
    }
}
