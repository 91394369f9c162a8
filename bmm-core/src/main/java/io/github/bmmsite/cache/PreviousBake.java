package io.github.bmmsite.cache;

import io.github.bmmsite.diagnostic.Diagnostic;

import java.util.List;

/**
 * The previous bake of an output folder that is still up to date: what it reported and wrote.
 *
 * @param pages the pages it baked
 * @param files the files it wrote
 * @param cachedPages the pages its cache holds
 */
public record PreviousBake(List<Diagnostic> diagnostics, int pages, int files, int cachedPages) {

    public PreviousBake {
        diagnostics = List.copyOf(diagnostics);
    }
}
