package io.github.bmmsite.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Watches folders (and the folders inside them, also ones created later) and single files, and
 * calls back once per burst of changes: an editor's save is often several events a few
 * milliseconds apart. Everything is watched from the moment the constructor returns.
 */
final class FolderWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 25;

    private final WatchService watcher;
    private final List<Path> folders;
    private final List<Path> files;
    private final Predicate<Path> ignored;
    private final Thread thread;

    /**
     * @param folders watched with everything inside them
     * @param files watched through their folder, which is not watched otherwise
     * @param ignored changes that are no reason to call back (and folders not to watch)
     */
    FolderWatcher(List<Path> folders, List<Path> files, Predicate<Path> ignored, Runnable onChange)
            throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.folders = folders.stream().map(FolderWatcher::absolute).toList();
        this.files = files.stream().map(FolderWatcher::absolute).toList();
        this.ignored = ignored;
        try {
            for (Path folder : this.folders) {
                if (Files.isDirectory(folder)) {
                    register(folder);
                }
            }
            for (Path file : this.files) {
                if (Files.isDirectory(file.getParent())) {
                    watch(file.getParent());
                }
            }
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        this.thread = new Thread(() -> loop(onChange), "bmm-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private void register(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (ignored.test(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                watch(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch(Path folder) throws IOException {
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean changed = false;
                do {
                    changed |= handle(key);
                    key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the key's events change anything watched. */
    private boolean handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean inWatchedFolder = folders.stream().anyMatch(folder::startsWith);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost: which files changed is unknown.
                changed = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored.test(path) || !(inWatchedFolder || files.contains(path))) {
                continue;
            }
            changed = true;
            if (inWatchedFolder && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    // Vanished again before it could be watched; its parent's events still arrive.
                }
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
