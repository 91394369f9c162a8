package io.github.bmmsite;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.ReferenceResolver;
import io.github.bmmsite.model.ModelAssembler;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.parse.MarkdownParser;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.MetadataBlocks;
import io.github.bmmsite.source.ModelFile;
import io.github.bmmsite.source.ModelFileReader;
import io.github.bmmsite.source.Placeholders;
import io.github.bmmsite.source.TextFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Documents and models made from strings, run through the same stages as a bake. */
public final class Fixtures {

    public static final Path SOURCE = Path.of("src", "bmm").toAbsolutePath();

    private static final MarkdownParser PARSER = new MarkdownParser();

    private Fixtures() {
    }

    public static ParsedDocument document(String name, String markdown, Diagnostics diagnostics) {
        return documentIfRead(name, markdown, diagnostics).orElseThrow();
    }

    /** The document, or empty when it cannot be read (the diagnostics say why). */
    public static Optional<ParsedDocument> documentIfRead(String name, String markdown, Diagnostics diagnostics) {
        Path path = SOURCE.resolve(name);
        return PARSER.parse(MetadataBlocks.extract(new TextFile(path, Path.of(name), markdown), diagnostics), diagnostics);
    }

    public static ModelFile modelFile(String name, String yaml, Diagnostics diagnostics) {
        return ModelFileReader.read(new TextFile(SOURCE.resolve(name), Path.of(name), yaml), diagnostics)
                .orElseThrow();
    }

    public static SiteModel model(Diagnostics diagnostics, Map<String, String> variables,
                                  List<ParsedDocument> documents, List<ModelFile> modelFiles) {
        return new ModelAssembler(diagnostics, new Placeholders(variables)).assemble(documents, modelFiles);
    }

    public static Links links(SiteModel model, Map<String, String> variables, Diagnostics diagnostics) {
        return new ReferenceResolver(SOURCE, new Placeholders(variables), diagnostics).resolve(model);
    }

    /** A one-document site, linked. */
    public static Links site(String markdown, Diagnostics diagnostics) {
        SiteModel model = model(diagnostics, Map.of(), List.of(document("doc.md", markdown, diagnostics)), List.of());
        return links(model, Map.of(), diagnostics);
    }
}
