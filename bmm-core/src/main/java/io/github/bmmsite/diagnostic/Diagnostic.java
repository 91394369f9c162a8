package io.github.bmmsite.diagnostic;

/** One thing wrong with the input, said so that the author can find and fix it. */
public record Diagnostic(Problem problem, SourceLocation location, String message) {

    public Severity severity() {
        return problem.severity();
    }

    public String code() {
        return problem.code();
    }

    /**
     * {@code file:line:col: warning [BMM020] message}, always one line: what the message quotes
     * from the input (a name, a value) cannot break it or reorder it.
     */
    public String format() {
        return location + ": " + severity().label() + " [" + code() + "] " + Printable.escape(message);
    }

    @Override
    public String toString() {
        return format();
    }
}
