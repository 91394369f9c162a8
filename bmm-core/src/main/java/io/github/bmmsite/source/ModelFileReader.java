package io.github.bmmsite.source;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a model file ({@code *.model.yaml}): the groups, element types and relations that the
 * exported Markdown does not carry. See docs/guide/reading.md for the schema.
 */
public final class ModelFileReader {

    private static final Set<String> SECTIONS = Set.of("groups", "types", "relations");

    private ModelFileReader() {
    }

    public static Optional<ModelFile> read(TextFile file, Diagnostics diagnostics) {
        Reader reader = new Reader(file, diagnostics);
        try {
            Optional<YamlTree.Value> root = YamlTree.parse(file.text(), file.displayPath().toString(), 1);
            if (root.isEmpty()) {
                return Optional.of(new ModelFile(file.displayPath(), List.of(), List.of(), List.of()));
            }
            return reader.read(root.get());
        } catch (YamlTree.TooDeep e) {
            diagnostics.report(Problem.NESTING_TOO_DEEP, SourceLocation.of(file.displayPath(), e.line()),
                    e.getMessage() + "; no model file needs that many, so the file is not read");
            return Optional.empty();
        } catch (YamlTree.YamlProblem e) {
            reader.invalid(e.line(), "the model file is not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static final class Reader {
        private final TextFile file;
        private final Diagnostics diagnostics;
        private boolean failed;

        Reader(TextFile file, Diagnostics diagnostics) {
            this.file = file;
            this.diagnostics = diagnostics;
        }

        Optional<ModelFile> read(YamlTree.Value root) {
            if (!root.isMap()) {
                invalid(root.line(), "a model file must be a map with the sections 'groups', 'types' and 'relations'");
                return Optional.empty();
            }
            for (Map.Entry<String, YamlTree.Value> section : root.map().entrySet()) {
                if (!SECTIONS.contains(section.getKey())) {
                    invalid(section.getValue().keyLine(), "unknown section '" + section.getKey()
                            + "'; a model file has only 'groups', 'types' and 'relations'");
                }
            }
            List<ModelFile.Membership> groups = memberships(root.map().get("groups"), "groups");
            List<ModelFile.Membership> types = memberships(root.map().get("types"), "types");
            List<ModelFile.RelationDeclaration> relations = relations(root.map().get("relations"));
            return failed ? Optional.empty()
                    : Optional.of(new ModelFile(file.displayPath(), groups, types, relations));
        }

        /** {@code name: [member, …]} entries. */
        private List<ModelFile.Membership> memberships(YamlTree.Value section, String sectionName) {
            List<ModelFile.Membership> result = new ArrayList<>();
            if (section == null) {
                return result;
            }
            if (!section.isMap()) {
                invalid(section.line(), "'" + sectionName + "' must map each name to a list of elements");
                return result;
            }
            for (Map.Entry<String, YamlTree.Value> entry : section.map().entrySet()) {
                ModelFile.Ref name = new ModelFile.Ref(entry.getKey().strip(), entry.getValue().keyLine());
                result.add(new ModelFile.Membership(name, refs(entry.getValue(), sectionName + "." + entry.getKey())));
            }
            return result;
        }

        /** {@code type: {source: target | [targets]}} entries. */
        private List<ModelFile.RelationDeclaration> relations(YamlTree.Value section) {
            List<ModelFile.RelationDeclaration> result = new ArrayList<>();
            if (section == null) {
                return result;
            }
            if (!section.isMap()) {
                invalid(section.line(), "'relations' must map each relation type to its sources and targets");
                return result;
            }
            for (Map.Entry<String, YamlTree.Value> byType : section.map().entrySet()) {
                ModelFile.Ref type = new ModelFile.Ref(byType.getKey().strip(), byType.getValue().keyLine());
                if (!byType.getValue().isMap()) {
                    invalid(byType.getValue().keyLine(), "relations of type '" + type.text()
                            + "' must map each source element to its target elements");
                    continue;
                }
                for (Map.Entry<String, YamlTree.Value> bySource : byType.getValue().map().entrySet()) {
                    ModelFile.Ref source = new ModelFile.Ref(bySource.getKey().strip(), bySource.getValue().keyLine());
                    for (ModelFile.Ref target : refs(bySource.getValue(), type.text() + "." + source.text())) {
                        result.add(new ModelFile.RelationDeclaration(type, source, target));
                    }
                }
            }
            return result;
        }

        /** One name, or a list of names. */
        private List<ModelFile.Ref> refs(YamlTree.Value value, String where) {
            List<ModelFile.Ref> result = new ArrayList<>();
            List<YamlTree.Value> items = value.isList() ? value.list() : List.of(value);
            for (YamlTree.Value item : items) {
                if (item.isScalar() && !item.text().isBlank()) {
                    result.add(new ModelFile.Ref(item.text().strip(), item.line()));
                } else {
                    invalid(item.line(), "'" + where + "' must list element codes or names");
                }
            }
            return result;
        }

        void invalid(int line, String message) {
            failed = true;
            diagnostics.report(Problem.MODEL_FILE_INVALID, SourceLocation.of(file.displayPath(), line), message);
        }
    }
}
