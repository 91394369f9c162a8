package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;

import java.util.List;

/** A finished bake: the warnings it found, and how many files it wrote. */
public record BakeResult(List<Diagnostic> diagnostics, int pages, int filesChanged, int filesUnchanged) {

    public BakeResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
