package io.github.bmmsite.bake;

import io.github.bmmsite.cache.CacheReport;
import io.github.bmmsite.diagnostic.Diagnostic;

import java.util.List;

/**
 * A finished bake: the warnings it found, how many files it wrote, and how many pages it
 * rendered or reused from the previous bake.
 */
public record BakeResult(List<Diagnostic> diagnostics, int pages, int filesChanged, int filesUnchanged,
                         CacheReport cache) {

    public BakeResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
