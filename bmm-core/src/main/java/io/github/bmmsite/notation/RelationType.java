package io.github.bmmsite.notation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The ArchiMate relationship types, each with the Spanish verb read from its source
 * ("OETI01 realiza O7") and from its target ("O7 es realizado por OETI01").
 */
public enum RelationType {
    REALIZATION("realization", "realiza", "es realizado por"),
    INFLUENCE("influence", "influye en", "es influido por"),
    SERVING("serving", "sirve a", "es servido por"),
    ASSIGNMENT("assignment", "está asignado a", "tiene asignado a"),
    COMPOSITION("composition", "se compone de", "forma parte de"),
    AGGREGATION("aggregation", "agrega", "está agregado en"),
    ACCESS("access", "accede a", "es accedido por"),
    TRIGGERING("triggering", "desencadena", "es desencadenado por"),
    FLOW("flow", "fluye hacia", "recibe flujo de"),
    SPECIALIZATION("specialization", "especializa", "es especializado por"),
    ASSOCIATION("association", "está asociado con", "está asociado con");

    private final String id;
    private final String verb;
    private final String inverseVerb;

    RelationType(String id, String verb, String inverseVerb) {
        this.id = id;
        this.verb = verb;
        this.inverseVerb = inverseVerb;
    }

    /** The name used in model files: {@code realization}, {@code influence}, … */
    public String id() {
        return id;
    }

    public String verb() {
        return verb;
    }

    public String inverseVerb() {
        return inverseVerb;
    }

    /** Accepts {@code realization}, {@code Realization} and {@code RealizationRelationship}. */
    public static Optional<RelationType> named(String name) {
        String normalised = name.strip().toLowerCase(Locale.ROOT).replaceFirst("relationship$", "");
        return Arrays.stream(values()).filter(t -> t.id.equals(normalised)).findFirst();
    }
}
