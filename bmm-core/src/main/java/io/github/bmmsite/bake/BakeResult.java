package io.github.bmmsite.bake;

import io.github.bmmsite.cache.CacheReport;
import io.github.bmmsite.diagnostic.Diagnostic;

import java.util.List;

/**
/**
 * A finished bake: the warnings it found, how many pages it made and files it wrote, how many
 * pages it rendered or reused from the previous bake, and the time each stage took.
 */
public record BakeResult(List<Diagnostic> diagnostics, int pages, int filesChanged, int filesUnchanged,
                         CacheReport cache, BakeProfile profile) {

    public BakeResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** {@code in 3412 ms: read 120 ms, parse 800 ms, …}: the bake's time and its stages. */
    public String timing() {
        return "in " + profile.totalMillis() + " ms: " + profile.summary();
    }
}
