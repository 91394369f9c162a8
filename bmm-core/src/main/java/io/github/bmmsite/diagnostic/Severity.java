package io.github.bmmsite.diagnostic;

/** How bad a diagnostic is; {@code bmm.strict} promotes warnings to build failures. */
public enum Severity {
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
