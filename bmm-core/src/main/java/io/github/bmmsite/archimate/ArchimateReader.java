package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the architecture model that {@code bmm.model} names, in whichever of Archi's three
 * storage formats it is: a collaboration (coArchi) folder, a single {@code .archimate} file, or
 * an Open Group exchange {@code .xml} file (a folder may also hold exactly one of the latter two).
 * The format of a file is told by its root element, not by its extension.
 */
public final class ArchimateReader {

    private ArchimateReader() {
    }

    /**
     * @param display how diagnostics name a file (relative to the project)
     * @return the model; empty when nothing could be read (reported). A model with problems in
     *     some of its objects is returned without them, and the problems are reported.
     */
    public static Optional<ArchimateModel> read(Path path, Function<Path, Path> display, Diagnostics diagnostics) {
        if (Files.isDirectory(path)) {
            Optional<Path> modelFolder = CollaborationFolderReader.modelFolder(path);
            if (modelFolder.isPresent()) {
                ModelBuilder builder = new ModelBuilder(diagnostics);
                CollaborationFolderReader.read(modelFolder.get(), display, builder, diagnostics);
                return Optional.of(builder.build());
            }
            return singleFileIn(path, display, diagnostics).flatMap(file -> readFile(file, display, diagnostics));
        }
        if (Files.isRegularFile(path)) {
            return readFile(path, display, diagnostics);
        }
        diagnostics.report(Problem.ARCHITECTURE_MODEL_MISSING, SourceLocation.of(display.apply(path)),
                "bmm.model names neither a file nor a folder; point it at the model (.archimate, exchange .xml,"
                        + " or the collaboration folder)");
        return Optional.empty();
    }

    private static Optional<Path> singleFileIn(Path folder, Function<Path, Path> display, Diagnostics diagnostics) {
        List<Path> candidates;
        try (Stream<Path> files = Files.list(folder)) {
            candidates = files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".archimate") || name.endsWith(".xml");
            }).sorted().toList();
        } catch (IOException e) {
            diagnostics.report(Problem.UNREADABLE_FILE, SourceLocation.of(display.apply(folder)),
                    "cannot list the model folder: " + IoReason.of(e));
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        diagnostics.report(Problem.ARCHITECTURE_MODEL_MISSING, SourceLocation.of(display.apply(folder)),
                candidates.isEmpty()
                        ? "this folder holds no model: no collaboration layout (model/folder.xml), no .archimate"
                                + " and no exchange .xml file"
                        : "this folder holds " + candidates.size() + " model files (" + candidates.stream()
                                .map(f -> f.getFileName().toString()).toList() + "); point bmm.model at one of them");
        return Optional.empty();
    }

    private static Optional<ArchimateModel> readFile(Path file, Function<Path, Path> display, Diagnostics diagnostics) {
        Path shown = display.apply(file);
        Optional<XmlTree.Node> root = XmlTree.read(file, shown, diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        ModelBuilder builder = new ModelBuilder(diagnostics);
        XmlTree.Node model = root.get();
        if (model.name().equals("model") && ArchiDialect.NAMESPACE.equals(model.namespace())) {
            ArchiFileReader.read(model, shown, builder, diagnostics);
        } else if (model.name().equals("model") && model.namespace().startsWith(ExchangeFormatReader.NAMESPACE_PREFIX)) {
            ExchangeFormatReader.read(model, shown, builder, diagnostics);
        } else {
            diagnostics.report(Problem.ARCHITECTURE_NOT_A_MODEL, SourceLocation.of(shown, model.line()),
                    "this is not an ArchiMate model: its root element is <" + model.name() + "> in '"
                            + model.namespace() + "', not Archi's <archimate:model> nor the exchange format's <model>");
            return Optional.empty();
        }
        return Optional.of(builder.build());
    }
}
