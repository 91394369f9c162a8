package io.github.bmmsite.diagram;

import io.github.bmmsite.notation.ElementType;

import java.util.Optional;
import java.util.Set;

/**
 * How ArchiMate draws an element type: its layer (which gives the box its colour) and the outline
 * of its box: cut corners for motivation elements, rounded corners for behaviour and strategy
 * elements, square corners for structure elements.
 */
public final class Notation {

    private static final Set<String> MOTIVATION = Set.of("Stakeholder", "Driver", "Assessment", "Goal", "Outcome",
            "Principle", "Requirement", "Constraint", "Meaning", "Value");
    private static final Set<String> STRATEGY = Set.of("Resource", "Capability", "ValueStream", "CourseOfAction");
    private static final Set<String> BUSINESS = Set.of("Contract", "Representation", "Product");
    private static final Set<String> APPLICATION = Set.of("DataObject");
    private static final Set<String> TECHNOLOGY = Set.of("Node", "Device", "SystemSoftware", "Path",
            "CommunicationNetwork", "Artifact", "Equipment", "Facility", "DistributionNetwork", "Material");
    private static final Set<String> IMPLEMENTATION = Set.of("WorkPackage", "Deliverable", "ImplementationEvent",
            "Plateau", "Gap");
    private static final Set<String> BEHAVIOUR_SUFFIXES = Set.of("Process", "Function", "Interaction", "Event",
            "Service");

    private Notation() {
    }

    /** {@code motivation}, {@code strategy}, {@code business}, {@code application}, {@code technology}, {@code implementation} or {@code other}. */
    public static String layer(Optional<ElementType> type) {
        String name = type.map(ElementType::name).orElse("");
        if (MOTIVATION.contains(name)) {
            return "motivation";
        }
        if (STRATEGY.contains(name)) {
            return "strategy";
        }
        if (name.startsWith("Business") || BUSINESS.contains(name)) {
            return "business";
        }
        if (name.startsWith("Application") || APPLICATION.contains(name)) {
            return "application";
        }
        if (name.startsWith("Technology") || TECHNOLOGY.contains(name)) {
            return "technology";
        }
        if (IMPLEMENTATION.contains(name)) {
            return "implementation";
        }
        return "other";
    }

    /**
     * The small ArchiMate icon drawn in a box's top right corner, for the types readers meet most:
     * {@code goal} (a target), {@code principle} ("!"), {@code capability} (steps), {@code process}
     * (an arrow), {@code service} (a rounded bar). Other types have none.
     */
    public static Optional<String> icon(Optional<ElementType> type) {
        String name = type.map(ElementType::name).orElse("");
        if (name.equals("Goal") || name.equals("Outcome")) {
            return Optional.of("goal");
        }
        if (name.equals("Principle")) {
            return Optional.of("principle");
        }
        if (name.equals("Capability")) {
            return Optional.of("capability");
        }
        if (name.endsWith("Process")) {
            return Optional.of("process");
        }
        if (name.endsWith("Service")) {
            return Optional.of("service");
        }
        return Optional.empty();
    }

    /** {@code beveled}, {@code rounded} or {@code square}. */
    public static String outline(Optional<ElementType> type) {
        String name = type.map(ElementType::name).orElse("");
        if (MOTIVATION.contains(name)) {
            return "beveled";
        }
        if (STRATEGY.contains(name) || name.equals("WorkPackage")
                || BEHAVIOUR_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return "rounded";
        }
        return "square";
    }
}
