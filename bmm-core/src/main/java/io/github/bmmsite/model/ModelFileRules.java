package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.notation.RelationType;
import io.github.bmmsite.source.ModelFile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies the model files ({@code *.model.yaml}) to the elements of the documents: types, groups
 * and relations, checked against each other and against the architecture model.
 */
final class ModelFileRules {

    private final Diagnostics diagnostics;
    private final ElementCatalog catalog;
    private final Optional<ArchitectureMapping> mapping;

    ModelFileRules(Diagnostics diagnostics, ElementCatalog catalog, Optional<ArchitectureMapping> mapping) {
        this.diagnostics = diagnostics;
        this.catalog = catalog;
        this.mapping = mapping;
    }

    /** Applies every model file, in order; returns their relations, the architecture model's first. */
    List<Relation> apply(List<ModelFile> modelFiles, List<Relation> fromArchitecture) {
        List<Relation> relations = new ArrayList<>(fromArchitecture);
        for (ModelFile modelFile : modelFiles) {
            applyTypes(modelFile);
            applyGroups(modelFile);
            relations.addAll(checkedAgainstArchitecture(relations(modelFile), fromArchitecture));
        }
        Set<List<Object>> seen = new LinkedHashSet<>();
        return relations.stream().filter(r -> seen.add(List.of(r.sourceKey(), r.type(), r.targetKey()))).toList();
    }

    /**
     * The element a model file names by its code or its name. A name that several elements share
     * names none of them: the file must give the code.
     */
    private Optional<String> resolve(ModelFile modelFile, ModelFile.Ref ref) {
        List<String> keys = catalog.resolve(ref.text());
        SourceLocation at = SourceLocation.of(modelFile.displayPath(), ref.line());
        if (keys.isEmpty()) {
            diagnostics.report(Problem.MODEL_UNKNOWN_ELEMENT, at, "no document describes an element with the code or"
                    + " name '" + ref.text() + "'; write it exactly as in its heading");
            return Optional.empty();
        }
        if (keys.size() > 1) {
            diagnostics.report(Problem.MODEL_AMBIGUOUS_NAME, at, "'" + ref.text() + "' is the name of "
                    + keys.size() + " elements (" + keys.stream().map(this::described).collect(Collectors.joining(", "))
                    + "); name the one you mean by its code");
            return Optional.empty();
        }
        return Optional.of(keys.get(0));
    }

    private String described(String key) {
        Element element = catalog.element(key);
        return element.code().orElse(element.key()) + " at " + element.location();
    }

    private void applyTypes(ModelFile modelFile) {
        for (ModelFile.Membership declaration : modelFile.types()) {
            Optional<ElementType> type = ElementType.named(declaration.name().text());
            if (type.isEmpty()) {
                diagnostics.report(Problem.MODEL_UNKNOWN_TYPE,
                        SourceLocation.of(modelFile.displayPath(), declaration.name().line()),
                        "'" + declaration.name().text() + "' is not an ArchiMate element type"
                                + " (for example Goal, Principle, Capability, BusinessProcess)");
                continue;
            }
            for (ModelFile.Ref member : declaration.members()) {
                resolve(modelFile, member).ifPresent(key -> applyType(modelFile, member, key, type.get()));
            }
        }
    }

    private void applyType(ModelFile modelFile, ModelFile.Ref member, String key, ElementType type) {
        Element element = catalog.element(key);
        Optional<SourceLocation> inArchitecture = architectureLocation(key);
        SourceLocation at = SourceLocation.of(modelFile.displayPath(), member.line());
        if (inArchitecture.isPresent() && element.type().isPresent() && !element.type().get().equals(type)) {
            diagnostics.report(Problem.ARCHITECTURE_CONFLICT, at, "'" + member.text() + "' is a "
                    + element.type().get().name() + " in the architecture model (" + inArchitecture.get() + "), not a "
                    + type.name() + "; fix one of them");
        } else if (element.type().isPresent() && !element.type().get().equals(type)) {
            diagnostics.report(Problem.MODEL_CONFLICT, at, "'" + member.text() + "' is already of type "
                    + element.type().get().name());
        } else {
            catalog.setType(key, type);
        }
    }

    private void applyGroups(ModelFile modelFile) {
        Set<String> placedHere = new LinkedHashSet<>();
        for (ModelFile.Membership declaration : modelFile.groups()) {
            String groupName = declaration.name().text();
            for (ModelFile.Ref member : declaration.members()) {
                resolve(modelFile, member).ifPresent(key -> applyGroup(modelFile, member, key, groupName, placedHere));
            }
            catalog.group(groupName);
        }
    }

    private void applyGroup(ModelFile modelFile, ModelFile.Ref member, String key, String groupName,
                            Set<String> placedHere) {
        SourceLocation at = SourceLocation.of(modelFile.displayPath(), member.line());
        if (!placedHere.add(key)) {
            diagnostics.report(Problem.MODEL_CONFLICT, at, "'" + member.text()
                    + "' is listed in two groups; an element belongs to one");
            return;
        }
        Element element = catalog.element(key);
        if (catalog.groupedByModel(key) && element.group().isPresent()) {
            if (!element.group().get().equals(groupName)) {
                diagnostics.report(Problem.ARCHITECTURE_CONFLICT, at, "'" + member.text() + "' is drawn in the"
                        + " grouping '" + element.group().get() + "' of the architecture model ("
                        + architectureLocation(key).orElseThrow() + "), not in '" + groupName + "'; fix one of them");
            }
            return;
        }
        catalog.moveToGroup(key, groupName);
    }

    private List<Relation> relations(ModelFile modelFile) {
        List<Relation> relations = new ArrayList<>();
        for (ModelFile.RelationDeclaration declaration : modelFile.relations()) {
            Optional<RelationType> type = RelationType.named(declaration.type().text());
            if (type.isEmpty()) {
                diagnostics.report(Problem.MODEL_UNKNOWN_RELATION,
                        SourceLocation.of(modelFile.displayPath(), declaration.type().line()),
                        "'" + declaration.type().text() + "' is not an ArchiMate relationship type"
                                + " (for example realization, influence, serving, association)");
                continue;
            }
            Optional<String> source = resolve(modelFile, declaration.source());
            Optional<String> target = resolve(modelFile, declaration.target());
            if (source.isPresent() && target.isPresent()) {
                relations.add(new Relation(source.get(), type.get(), target.get(),
                        SourceLocation.of(modelFile.displayPath(), declaration.target().line())));
            }
        }
        return relations;
    }

    private Optional<SourceLocation> architectureLocation(String key) {
        return mapping.flatMap(m -> m.modelLocation(catalog, key));
    }

    /**
     * A model file's relation between two elements of the architecture model must be one of the
     * model's: another type between the same elements is an error, a relation the model lacks a
     * warning (it is shown all the same).
     */
    private List<Relation> checkedAgainstArchitecture(List<Relation> declared, List<Relation> known) {
        if (mapping.isEmpty()) {
            return declared;
        }
        for (Relation relation : declared) {
            if (architectureLocation(relation.sourceKey()).isEmpty() || architectureLocation(relation.targetKey()).isEmpty()) {
                continue;
            }
            List<Relation> between = known.stream().filter(r -> r.sourceKey().equals(relation.sourceKey())
                    && r.targetKey().equals(relation.targetKey())).toList();
            if (between.stream().anyMatch(r -> r.type() == relation.type())) {
                continue;
            }
            if (!between.isEmpty()) {
                diagnostics.report(Problem.ARCHITECTURE_CONFLICT, relation.declaredAt(), "the architecture model"
                        + " relates '" + relation.sourceKey() + "' to '" + relation.targetKey() + "' by "
                        + between.get(0).type().id() + " (" + between.get(0).declaredAt() + "), not by "
                        + relation.type().id() + "; fix one of them");
            } else {
                diagnostics.report(Problem.ARCHITECTURE_RELATION_MISSING, relation.declaredAt(), "the architecture"
                        + " model has no relation from '" + relation.sourceKey() + "' to '" + relation.targetKey()
                        + "'; it is shown, but add it in Archi (or remove it here) so that both agree");
            }
        }
        return declared;
    }
}
