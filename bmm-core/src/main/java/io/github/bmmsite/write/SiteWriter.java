package io.github.bmmsite.write;

import io.github.bmmsite.diagnostic.IoReason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes a bake: every file goes to a staging folder next to the output, which then replaces
 * the output in one move ({@link #commit}). A bake that fails ({@link #close} without commit)
 * leaves the previous site exactly as it was, and no page of an earlier bake survives in the new
 * one. Files whose bytes did not change keep the previous file's timestamp, so that rsync,
 * browsers and preview servers see what really changed.
 *
 * <p>The bake owns the output folder through its marker ({@link SiteMarker}): a folder that is not
 * empty is replaced only when a bake marked it, or when the policy says so; what the previous bake
 * did not write is carried into the new site ({@link KeptEntries}). Staging and retired folders are
 * marked with the process that owns them: a shutdown hook removes the staging folder when the bake
 * is stopped, and the next bake removes those of a bake that was killed.
 *
 * <p>Files are staged as they are made, from several threads at once, so that a bake never holds
 * every page in memory; copies and comparisons stream, whatever the size of a file.
 */
public final class SiteWriter implements AutoCloseable {

    /** How many files were new or changed, and how many were already as they are. */
    public record Report(int changed, int unchanged) {
    }

    /** The output folder cannot be (safely) written. */
    public static final class OutputException extends Exception {
        OutputException(String message) {
            super(message);
        }
    }

    private enum State { STAGING, PUBLISHING, DONE }

    private final Path target;
    private final OutputPolicy policy;
    private final KeepList keep;
    /** {@code .NAME.new-*}: the marker of its owner, and the new site in {@link #staging}. */
    private final Path work;
    private final Path staging;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final Thread removeOnExit = new Thread(this::abandon, "bmm-staging-cleanup");
    /** Changed under the writer's lock, so that the shutdown hook and {@link #commit} never overlap. */
    private volatile State state = State.STAGING;

    private SiteWriter(Path target, OutputPolicy policy, KeepList keep, Path work) {
        this.target = target;
        this.policy = policy;
        this.keep = keep;
        this.work = work;
        this.staging = work.resolve("site");
    }

    /** Whether {@code output} holds a site a bake wrote (its marker is there). */
    public static boolean holdsBakedSite(Path output) {
        return Files.isDirectory(output) && SiteMarker.isIn(output);
    }

    /**
     * Refuses an output folder the bake may not replace, without writing anything: a file, a link, or
     * a folder that holds more than {@code .git}, {@code CNAME}, {@code .nojekyll} and what
     * {@code bmm.keep} lists, unless a bake marked it or the policy cleans it.
     */
    public static void checkOwnership(Path output, OutputPolicy policy) throws OutputException {
        Path target = output.toAbsolutePath().normalize();
        KeepList keep = KeepList.of(policy.keep());
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            if (Files.isSymbolicLink(target)) {
                throw new OutputException("the output folder is a symbolic link; set bmm.output to the folder"
                        + " it points to");
            }
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputException("the output folder is a file; choose a folder for bmm.output");
            }
            if (policy.cleanOutput() || SiteMarker.readFrom(target).isPresent()) {
                return;
            }
            List<String> others = new ArrayList<>();
            for (Path entry : Folders.list(target, path -> true)) {
                String name = entry.getFileName().toString();
                if (!name.equals(SiteMarker.NAME) && !KeepList.publishing(name) && !keep.listed(name)) {
                    others.add(name);
                }
            }
            if (!others.isEmpty()) {
                throw new OutputException(unownedMessage(target, others));
            }
        } catch (IOException e) {
            throw new OutputException("cannot read the output folder " + target + ": " + IoReason.of(e));
        }
    }

    private static String unownedMessage(Path target, List<String> others) {
        int shown = Math.min(others.size(), 5);
        String holds = String.join(", ", others.subList(0, shown))
                + (others.size() > shown ? " (and " + (others.size() - shown) + " more)" : "");
        String why = SiteMarker.isIn(target) ? "its " + SiteMarker.NAME + " file is damaged, so what a bake wrote"
                + " there is unknown" : "no bake wrote it (it has no " + SiteMarker.NAME + " file)";
        return "the output folder is not empty and " + why + "; it holds " + holds + ". The bake replaces no"
                + " folder it does not own: choose an empty folder, or set bmm.cleanOutput=true to let the bake"
                + " replace it (keeping .git, CNAME, .nojekyll and what bmm.keep lists)";
    }

    /**
     * Removes what killed bakes left beside the output folder, checks the folder
     * ({@link #checkOwnership}), and creates the staging folder.
     */
    public static SiteWriter open(Path output, OutputPolicy policy) throws OutputException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new OutputException("the site cannot replace the root of a file system; choose a folder for"
                    + " bmm.output");
        }
        Folders.removeLeftovers(target);
        checkOwnership(output, policy);
        Path work = null;
        try {
            Files.createDirectories(parent);
            work = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            SiteMarker.ofWorkFolder(policy.bakedBy()).writeTo(work);
            Files.createDirectory(work.resolve("site"));
        } catch (IOException e) {
            if (work != null) {
                deleteQuietly(work);
            }
            throw new OutputException("cannot write the site to " + target + ": " + IoReason.of(e));
        }
        SiteWriter writer = new SiteWriter(target, policy, KeepList.of(policy.keep()), work);
        Runtime.getRuntime().addShutdownHook(writer.removeOnExit);
        return writer;
    }

    /** Stages one file; safe to call from several threads for different files. */
    public void stage(OutputFile file) throws OutputException {
        if (state != State.STAGING) {
            throw new OutputException("the bake was stopped before its site was published");
        }
        try {
            Path destination = staging.resolve(file.sitePath()).normalize();
            if (!destination.startsWith(staging) || destination.equals(staging)) {
                throw new IOException("refusing to write outside the site: " + file.sitePath());
            }
            if (destination.equals(staging.resolve(SiteMarker.NAME))) {
                throw new IOException(SiteMarker.NAME + " is the name of the bake's own marker");
            }
            Path folder = destination.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            if (file instanceof OutputFile.Bytes bytes) {
                Files.write(destination, bytes.content());
            } else {
                Files.copy(((OutputFile.Copy) file).source(), destination, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(staging.relativize(destination).toString().replace('\\', '/'));
            keepTimestampIfUnchanged(destination, target.resolve(file.sitePath()));
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot write the site to " + target + ": " + reason(e));
        }
    }

    private void keepTimestampIfUnchanged(Path staged, Path old) throws IOException {
        if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == Files.size(staged)
                && Files.mismatch(old, staged) == -1) {
            Files.setLastModifiedTime(staged, Files.getLastModifiedTime(old));
            unchanged.incrementAndGet();
        } else {
            changed.incrementAndGet();
        }
    }

    /**
     * Replaces the output folder with the staged files, the kept entries of the output moved in
     * beside them, and the marker listing the files this bake wrote.
     */
    public Report commit() throws OutputException {
        synchronized (this) {
            if (state != State.STAGING) {
                throw new OutputException("the bake was stopped before its site was published");
            }
            state = State.PUBLISHING;
        }
        KeptEntries kept = null;
        try {
            Set<String> listed = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? SiteMarker.readFrom(target)
                    .map(marker -> Set.copyOf(marker.files())).orElse(Set.of()) : Set.of();
            kept = KeptEntries.plan(target, staging, written, listed, policy.cleanOutput(), keep);
            Set<String> files = new HashSet<>(written);
            files.removeAll(kept.givingWay());
            Path marker = staging.resolve(SiteMarker.NAME);
            Files.writeString(marker, new SiteMarker(policy.bakedBy(), Optional.empty(), List.copyOf(files)).text(),
                    StandardCharsets.UTF_8);
            keepTimestampIfUnchanged(marker, target.resolve(SiteMarker.NAME));
            if (kept.carriesAny()) {
                // The staging folder is about to hold entries of the output: unmarked, no later bake removes it.
                Files.delete(work.resolve(SiteMarker.NAME));
            }
            kept.carry();
            swap(kept);
            state = State.DONE;
            deleteQuietly(work);
            return new Report(changed.get(), unchanged.get());
        } catch (IOException | UncheckedIOException | OutputException e) {
            String message = e instanceof OutputException refusal ? refusal.getMessage()
                    : "cannot write the site to " + target + ": " + reason(e);
            if (kept != null && kept.stranded()) {
                // Never removed with the staging folder: the person must see them.
                state = State.DONE;
                message += "; what the output folder kept could not all be moved back, and is in " + staging
                        + ": move it back by hand";
            } else {
                state = State.STAGING;
            }
            throw new OutputException(message);
        }
    }

    /**
     * The output moves into a retired folder (marked, so that a later bake removes it if this one is
     * killed), the new site takes its place, and the retired folder is removed.
     */
    private void swap(KeptEntries kept) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Folders.move(staging, target);
            return;
        }
        Path retired = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Path previous = retired.resolve("site");
        try {
            SiteMarker.ofWorkFolder(policy.bakedBy()).writeTo(retired);
            Folders.move(target, previous);
        } catch (IOException e) {
            kept.putBack();
            deleteQuietly(retired);
            throw e;
        }
        try {
            Folders.move(staging, target);
        } catch (IOException e) {
            Folders.move(previous, target);
            kept.putBack();
            deleteQuietly(retired);
            throw e;
        }
        deleteQuietly(retired);
    }

    /** Without a commit, removes the staged files: the output stays as it was. */
    @Override
    public void close() throws OutputException {
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnExit);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs, or has run, and removes the staging folder.
        }
        synchronized (this) {
            if (state != State.STAGING) {
                return;
            }
            state = State.DONE;
        }
        try {
            Folders.deleteWorkFolder(work);
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot remove the staging folder " + work + ": " + reason(e));
        }
    }

    /** The shutdown hook of this bake, registered from {@link #open} to {@link #close}. */
    Thread removeOnExit() {
        return removeOnExit;
    }

    /** The shutdown hook: removes the staging folder unless the site is being published. */
    private void abandon() {
        synchronized (this) {
            if (state != State.STAGING) {
                return;
            }
            state = State.DONE;
        }
        deleteQuietly(work);
    }

    /** For folders of this bake only; one that cannot be removed keeps its marker, and a later bake removes it. */
    private static void deleteQuietly(Path folder) {
        try {
            Folders.deleteWorkFolder(folder);
        } catch (IOException e) {
            // See above: never a reason to fail a bake.
        }
    }

    private static String reason(Exception e) {
        return e instanceof UncheckedIOException unchecked ? IoReason.of(unchecked) : IoReason.of((IOException) e);
    }
}
