package io.github.bmmsite.write;

import java.util.List;

/**
 * How a bake may replace its output folder.
 *
 * @param bakedBy what bakes, written to the folder's marker ({@code groupId:artifactId:version} of the plugin)
 * @param cleanOutput whether a folder that no bake marked may be replaced, and whether entries that the
 *     previous bake did not write are removed (all but those of the {@link KeepList keep list})
 * @param keep names, relative paths or globs of entries carried across every bake ({@code bmm.keep})
 */
public record OutputPolicy(String bakedBy, boolean cleanOutput, List<String> keep) {

    private static final String UNNAMED = "bmm-site";

    /** For a bake that the plugin does not run (tests, tools): replaces only what a bake wrote. */
    public static final OutputPolicy DEFAULT = new OutputPolicy(UNNAMED, false, List.of());

    public OutputPolicy {
        bakedBy = bakedBy == null || bakedBy.isBlank() ? UNNAMED : bakedBy.strip();
        keep = keep == null ? List.of() : List.copyOf(keep);
    }

    /** The same policy, removing what the previous bake did not write: for a folder of the build directory. */
    public OutputPolicy cleaning() {
        return new OutputPolicy(bakedBy, true, keep);
    }
}
