package io.github.bmmsite.write;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The entries of an output folder that every bake carries into the new site: those a publishing
 * folder needs ({@code .git}, {@code CNAME}, {@code .nojekyll} at its root) when the previous bake
 * did not write them, and whatever {@code bmm.keep} lists, even a file a bake wrote. An entry is
 * listed when a pattern matches its path, or the path of a folder that holds it; a pattern
 * {@code DIR/**} also matches {@code DIR} itself, so that the folder is carried whole.
 */
final class KeepList {

    /** What GitHub Pages and a site checkout need beside the site. */
    static final List<String> PUBLISHING_ENTRIES = List.of(".git", "CNAME", ".nojekyll");

    private final List<PathMatcher> matchers;

    private KeepList(List<PathMatcher> matchers) {
        this.matchers = matchers;
    }

    /**
     * @param patterns names, paths relative to the output folder ({@code docs/informe.pdf}) or globs
     *     ({@code .well-known/**}, {@code *.pdf}); blank ones are ignored
     */
    static KeepList of(List<String> patterns) throws SiteWriter.OutputException {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String raw : patterns) {
            String pattern = raw.strip().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            if (pattern.startsWith("/") || pattern.matches("[A-Za-z]:.*") || List.of(pattern.split("/")).contains("..")) {
                throw new SiteWriter.OutputException("bmm.keep: '" + raw + "' is not a path inside the output"
                        + " folder; write names, relative paths or globs, e.g. CNAME,.well-known/**");
            }
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
                if (pattern.endsWith("/**")) {
                    matchers.add(FileSystems.getDefault().getPathMatcher(
                            "glob:" + pattern.substring(0, pattern.length() - 3)));
                }
            } catch (PatternSyntaxException e) {
                throw new SiteWriter.OutputException("bmm.keep: '" + raw + "' is not a valid glob ("
                        + e.getDescription() + ")");
            }
        }
        return new KeepList(List.copyOf(matchers));
    }

    /** Whether {@code bmm.keep} lists the entry at {@code relative} ({@code a/b}), or a folder that holds it. */
    boolean listed(String relative) {
        for (Path entry = Path.of(relative); entry != null; entry = entry.getParent()) {
            for (PathMatcher matcher : matchers) {
                if (matcher.matches(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the entry at {@code relative} is one a publishing folder needs, or lies in one. */
    static boolean publishing(String relative) {
        int slash = relative.indexOf('/');
        return PUBLISHING_ENTRIES.contains(slash < 0 ? relative : relative.substring(0, slash));
    }
}
