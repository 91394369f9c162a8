package io.github.bmmsite.diagnostic;

/**
 * How bad a diagnostic is. A note says what the bake fixed up where the author's intent is clear
 * and nothing is lost; {@code bmm.strict} promotes warnings, never notes, to build failures.
 */
public enum Severity {
    NOTE("note"),
    WARNING("warning"),
    ERROR("error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
