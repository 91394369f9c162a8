package io.github.bmmsite.html;

import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.Fragment;

import java.util.function.Supplier;

/**
 * Where document fragments become HTML: either always ({@link #uncached()}) or only when the
 * fragment's document or anything a fragment can link to changed ({@code IncrementalBake.fragments()}).
 * Safe to call from the rendering threads at once.
 */
public interface FragmentCache {

    /** The fragment's HTML: made by {@code render} now, or kept from the previous bake. */
    String html(Links links, Fragment fragment, Supplier<String> render);

    static FragmentCache uncached() {
        return (links, fragment, render) -> render.get();
    }
}
