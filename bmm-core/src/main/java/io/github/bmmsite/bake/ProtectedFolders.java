package io.github.bmmsite.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The folders the output folder must stay clear of. A bake replaces its output folder as a whole,
 * so an output folder that is or holds one of them would destroy it; an output folder inside a
 * folder the bake reads would be read back as input. Paths are compared as the file system resolves
 * them, so a link does not hide an overlap.
 */
final class ProtectedFolders {

    /**
     * @param name how the person knows the folder: the parameter that sets it
     * @param read whether the bake reads it, so that the output may not lie inside it either
     */
    private record Folder(String name, Path path, boolean read) {
    }

    private static final String BUILD_DIRECTORY = "the build directory, project.build.directory";

    private ProtectedFolders() {
    }

    /** Why {@code options.output()} may not be the output folder, if it may not. */
    static Optional<String> overlap(BakeOptions options, Function<Path, Path> display) {
        List<Folder> folders = new ArrayList<>();
        folders.add(new Folder("bmm.source", options.source(), true));
        if (options.templates() != null) {
            folders.add(new Folder("bmm.templates", options.templates(), true));
        }
        if (options.assets() != null) {
            folders.add(new Folder("bmm.assets", options.assets(), true));
        }
        options.model().ifPresent(model -> folders.add(new Folder("bmm.model", model, true)));
        folders.add(new Folder("the project folder, project.basedir", options.projectDir(), false));
        if (options.buildDir() != null) {
            folders.add(new Folder(BUILD_DIRECTORY, options.buildDir(), false));
        }
        Path output = resolved(options.output());
        String shownOutput = "bmm.output (" + shown(options.output(), display) + ")";
        for (Folder folder : folders) {
            Path path = resolved(folder.path());
            String shownFolder = folder.name() + " (" + shown(folder.path(), display) + ")";
            if (path.equals(output)) {
                return Optional.of(shownOutput + " is the same folder as " + shownFolder + ": the bake replaces"
                        + " its output folder as a whole, so it would delete what is there; " + wayOut(folder));
            }
            if (path.startsWith(output)) {
                return Optional.of(shownOutput + " holds " + shownFolder + ": the bake replaces its output folder"
                        + " as a whole, so it would delete it; " + wayOut(folder));
            }
            if (folder.read() && output.startsWith(path)) {
                return Optional.of(shownOutput + " is inside " + shownFolder + ", which the bake reads: the site"
                        + " would be read back as input; " + wayOut(folder));
            }
        }
        return Optional.empty();
    }

    private static String wayOut(Folder folder) {
        return folder.name().equals(BUILD_DIRECTORY)
                ? "choose a folder inside it for bmm.output, such as target/site"
                : "choose an output folder outside it for bmm.output, such as target/site";
    }

    private static String shown(Path path, Function<Path, Path> display) {
        return display.apply(path).toString().replace('\\', '/');
    }

    /**
     * The path with every link of its existing part resolved; the part that does not exist yet is
     * appended as it is.
     */
    private static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            // Unreadable: compared as written, which still catches the usual mistakes.
            return absolute;
        }
    }
}
