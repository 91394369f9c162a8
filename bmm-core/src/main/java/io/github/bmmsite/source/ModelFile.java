package io.github.bmmsite.source;

import java.nio.file.Path;
import java.util.List;

/**
 * What a hand-written model file declares, as written: names are resolved to elements later,
 * and every name keeps its line for the diagnostics of that step.
 */
public record ModelFile(Path displayPath, List<Membership> groups, List<Membership> types,
                        List<RelationDeclaration> relations) {

    /** A name or code as written in the model file. */
    public record Ref(String text, int line) {
    }

    /** A group or an element type with the elements declared in it. */
    public record Membership(Ref name, List<Ref> members) {
    }

    /** One relation: {@code type} from {@code source} to {@code target}. */
    public record RelationDeclaration(Ref type, Ref source, Ref target) {
    }

    public ModelFile {
        groups = List.copyOf(groups);
        types = List.copyOf(types);
        relations = List.copyOf(relations);
    }
}
