package io.github.bmmsite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entries of the output folder that a bake carries into its new site, and how: they are moved
 * into the staged site just before it replaces the output, and moved back if it cannot.
 *
 * <ul>
 * <li>What {@code bmm.keep} lists is always carried, even a file a bake wrote, and wins over a file
 *     of the new site at the same path.
 * <li>A file the previous bake wrote (its marker lists it) is replaced.
 * <li>{@code .git}, {@code CNAME} and {@code .nojekyll} are carried, and win over the new site's.
 * <li>Anything else is removed when the policy cleans the output; otherwise it is carried, and if
 *     the new site has a file at its path, the bake stops: it never replaces what it did not write.
 * </ul>
 */
final class KeptEntries {

    private record Move(Path from, Path to) {
    }

    private final Path output;
    private final Path site;
    private final Set<String> written;
    private final Set<String> listed;
    private final Set<String> listedFolders = new HashSet<>();
    private final boolean clean;
    private final KeepList keep;
    private final List<Move> moves = new ArrayList<>();
    private final Set<String> givingWay = new TreeSet<>();
    private final List<String> clashes = new ArrayList<>();
    private final List<Move> done = new ArrayList<>();

    private KeptEntries(Path output, Path site, Set<String> written, Set<String> listed, boolean clean,
                        KeepList keep) {
        this.output = output;
        this.site = site;
        this.written = written;
        this.listed = listed;
        this.clean = clean;
        this.keep = keep;
        for (String file : listed) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                listedFolders.add(file.substring(0, slash));
            }
        }
    }

    /**
     * Decides what to carry from {@code output} into {@code site}, moving nothing yet.
     *
     * @param written the site paths of the new site
     * @param listed the site paths the previous bake wrote (its marker's list)
     * @throws SiteWriter.OutputException if an entry the previous bake did not write clashes with the new site
     */
    static KeptEntries plan(Path output, Path site, Set<String> written, Set<String> listed, boolean clean,
                            KeepList keep) throws IOException, SiteWriter.OutputException {
        KeptEntries kept = new KeptEntries(output, site, written, listed, clean, keep);
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            kept.visit(output, "");
        }
        if (!kept.clashes.isEmpty()) {
            throw new SiteWriter.OutputException(kept.clashMessage());
        }
        return kept;
    }

    /** The files of the new site that give way to kept files at the same path. */
    Set<String> givingWay() {
        return givingWay;
    }

    boolean carriesAny() {
        return !moves.isEmpty();
    }

    /** Whether entries were carried and could not all be put back. */
    boolean stranded() {
        return !done.isEmpty();
    }

    /** Moves the kept entries into the new site; if one cannot be moved, puts back those already moved. */
    void carry() throws IOException {
        for (String path : givingWay) {
            Files.delete(site.resolve(path));
        }
        try {
            for (Move move : moves) {
                Files.createDirectories(move.to().getParent());
                Files.move(move.from(), move.to());
                done.add(move);
            }
        } catch (IOException e) {
            putBack();
            throw e;
        }
    }

    /** Moves what was carried back where it was. */
    void putBack() throws IOException {
        for (int i = done.size() - 1; i >= 0; i--) {
            Move move = done.get(i);
            Files.createDirectories(move.from().getParent());
            Files.move(move.to(), move.from());
            done.remove(i);
        }
    }

    private void visit(Path folder, String prefix) throws IOException {
        for (Path entry : Folders.list(folder, path -> true)) {
            String path = prefix + entry.getFileName();
            if (path.equals(SiteMarker.NAME)) {
                continue;
            }
            boolean isFolder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
            if (keep.listed(path)) {
                carry(entry, path, isFolder, true);
            } else if (isFolder ? listedFolders.contains(path) : listed.contains(path)) {
                if (isFolder) {
                    visit(entry, path + "/");
                }
            } else if (KeepList.publishing(path)) {
                carry(entry, path, isFolder, true);
            } else if (clean) {
                if (isFolder) {
                    // Only to find what bmm.keep lists inside.
                    visit(entry, path + "/");
                }
            } else {
                carry(entry, path, isFolder, false);
            }
        }
    }

    private void carry(Path entry, String path, boolean isFolder, boolean wins) throws IOException {
        Path destination = site.resolve(path);
        boolean stagedFolder = Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS);
        if (!stagedFolder && !written.contains(path)) {
            moves.add(new Move(entry, destination));
        } else if (isFolder && stagedFolder) {
            visit(entry, path + "/");
        } else if (wins && !isFolder && !stagedFolder) {
            givingWay.add(path);
            moves.add(new Move(entry, destination));
        } else {
            clashes.add(path + (isFolder ? "/" : ""));
        }
    }

    private String clashMessage() {
        int shown = Math.min(clashes.size(), 5);
        String names = String.join(", ", clashes.subList(0, shown))
                + (clashes.size() > shown ? " (and " + (clashes.size() - shown) + " more)" : "");
        return "the output folder holds " + names + ", which the previous bake did not write and the new site"
                + " would replace; move " + (clashes.size() == 1 ? "it" : "them") + " away, list "
                + (clashes.size() == 1 ? "it" : "them") + " in bmm.keep to keep yours, or set"
                + " bmm.cleanOutput=true to let the bake replace " + (clashes.size() == 1 ? "it" : "them");
    }
}
