package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;

import java.util.List;

/**
 * The bake stopped because of errors in the input (or warnings in strict mode); nothing was
 * written. The diagnostics say what to fix.
 */
public final class BakeFailedException extends Exception {

    private final List<Diagnostic> diagnostics;

    public BakeFailedException(String message, List<Diagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
