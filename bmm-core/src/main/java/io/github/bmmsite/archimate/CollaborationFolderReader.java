package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The folder layout of Archi's collaboration plugin (coArchi): {@code model/folder.xml} holds
 * the model's name, every other {@code *.xml} one object whose root element is its type
 * ({@code <archimate:Goal>}, {@code <archimate:RealizationRelationship>},
 * {@code <archimate:ArchimateDiagramModel>}); {@code folder.xml} files name the folders.
 */
final class CollaborationFolderReader {

    static final String FOLDER_FILE = "folder.xml";
    private static final int ROOT_LOOKUP_BYTES = 4096;

    private CollaborationFolderReader() {
    }

    /** The {@code model} folder of a collaboration layout at {@code folder}, if it is one. */
    static Optional<Path> modelFolder(Path folder) {
        for (Path candidate : List.of(folder.resolve("model"), folder)) {
            Path root = candidate.resolve(FOLDER_FILE);
            if (Files.isRegularFile(root) && rootIsModel(root)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * A cheap look at the first element's name, which Archi writes right after the XML
     * declaration, without reading the whole file (of any size) into a tree.
     */
    private static boolean rootIsModel(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(ROOT_LOOKUP_BYTES), StandardCharsets.UTF_8).contains("ArchimateModel");
        } catch (IOException e) {
            return false;
        }
    }

    static void read(Path modelFolder, Function<Path, Path> display, ModelBuilder builder, Diagnostics diagnostics) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(modelFolder)) {
            files = walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".xml"))
                    .sorted().toList();
        } catch (IOException e) {
            diagnostics.report(Problem.UNREADABLE_FILE, SourceLocation.of(display.apply(modelFolder)),
                    "cannot list the model folder: " + IoReason.of(e));
            return;
        }
        javax.xml.stream.XMLInputFactory factory = XmlTree.secureFactory();
        Map<Path, String> folderNames = new HashMap<>();
        for (Path file : files) {
            if (file.getFileName().toString().equals(FOLDER_FILE) && !file.getParent().equals(modelFolder)) {
                XmlTree.read(factory, file, display.apply(file), diagnostics).ifPresent(folder ->
                        folderNames.put(file.getParent(), folder.attribute("name").orElse("").strip()));
            }
        }
        for (Path file : files) {
            if (file.getFileName().toString().equals(FOLDER_FILE) && !file.getParent().equals(modelFolder)) {
                continue;
            }
            Path shown = display.apply(file);
            Optional<XmlTree.Node> root = XmlTree.read(factory, file, shown, diagnostics);
            if (root.isEmpty()) {
                continue;
            }
            if (root.get().namespace().startsWith(ArchiDialect.NAMESPACE + "/")) {
                continue; // a canvas or another of Archi's non-ArchiMate diagrams
            }
            if (!ArchiDialect.NAMESPACE.equals(root.get().namespace())) {
                diagnostics.report(Problem.ARCHITECTURE_NOT_A_MODEL, SourceLocation.of(shown, root.get().line()),
                        "this file is not an object of an Archi model (its root is not in the namespace "
                                + ArchiDialect.NAMESPACE + "); move it out of the model folder");
                continue;
            }
            String type = root.get().name();
            if (type.equals("ArchimateModel")) {
                builder.name(root.get().attribute("name").orElse(""));
            } else if (!type.equals("Folder")) {
                ArchiDialect.COLLABORATION_FOLDER.object(type, root.get(), folders(modelFolder, file, folderNames),
                        shown, builder, diagnostics);
            }
        }
    }

    /**
     * The names of the folders that hold a file, below the top folder of its kind ({@code diagrams/},
     * whose folder.xml says "Views"); a folder without folder.xml has no name to give.
     */
    private static List<String> folders(Path modelFolder, Path file, Map<Path, String> folderNames) {
        List<String> names = new ArrayList<>();
        Path folder = modelFolder;
        Path relative = modelFolder.relativize(file.getParent());
        for (int i = 0; i < relative.getNameCount(); i++) {
            folder = folder.resolve(relative.getName(i));
            if (i > 0 && folderNames.containsKey(folder)) {
                names.add(folderNames.get(folder));
            }
        }
        return names;
    }
}
