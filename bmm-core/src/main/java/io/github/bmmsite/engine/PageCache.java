package io.github.bmmsite.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Where pages are rendered: either always ({@link #uncached()}) or only when what the page's
 * template sees changed since the previous bake ({@code IncrementalBake.pages()}). Safe to call
 * from the rendering threads at once.
 */
public interface PageCache {

    /** Renders a page from its root model ({@code content}, {@code config}, {@code data}). */
    @FunctionalInterface
    interface Renderer<E extends Exception> {
        byte[] render(Map<String, Object> root) throws E;
    }

    /** The page's bytes: rendered now, or the previous bake's when nothing it depends on changed. */
    <E extends Exception> byte[] page(String uri, String template, Record content,
                                      Map<String, Object> config, Map<String, Object> data, Renderer<E> renderer)
            throws E;

    /** The pages rendered so far, by site path, sorted. */
    List<String> rendered();

    int reused();

    static PageCache uncached() {
        return new PageCache() {
            private final Set<String> rendered = new ConcurrentSkipListSet<>();

            @Override
            public <E extends Exception> byte[] page(String uri, String template, Record content,
                                                     Map<String, Object> config, Map<String, Object> data,
                                                     Renderer<E> renderer) throws E {
                byte[] html = renderer.render(root(content, config, data));
                rendered.add(uri);
                return html;
            }

            @Override
            public List<String> rendered() {
                return List.copyOf(rendered);
            }

            @Override
            public int reused() {
                return 0;
            }
        };
    }

    /** The template's variables, named as JBake names them. */
    static Map<String, Object> root(Record content, Map<String, Object> config,
                                    Map<String, Object> data) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("content", content);
        root.put("config", config);
        root.put("data", data);
        return root;
    }
}
