package io.github.bmmsite.render;

import io.github.bmmsite.engine.Page;
import io.github.bmmsite.model.AlignmentMatrix;

import java.util.List;
import java.util.Map;

/**
 * The pages of a site before they are rendered, and what the index stage makes its own pages (the
 * search data, the sitemap) from.
 */
public final class SitePages {

    private final List<Page> pages;
    private final Map<String, Object> data;
    private final PageModels models;
    private final List<AlignmentMatrix> matrices;

    SitePages(List<Page> pages, Map<String, Object> data, PageModels models, List<AlignmentMatrix> matrices) {
        this.pages = List.copyOf(pages);
        this.data = data;
        this.models = models;
        this.matrices = List.copyOf(matrices);
    }

    public List<Page> pages() {
        return pages;
    }

    /** The alignment matrices that have pages. */
    public List<AlignmentMatrix> matrices() {
        return matrices;
    }

    /** The {@code content} every page starts from ({@code type}, {@code title}, its path, the menu, …). */
    public Map<String, Object> page(String type, String title, String uri) {
        return models.page(type, title, uri);
    }

    /** What templates read as {@code data}. */
    Map<String, Object> data() {
        return data;
    }
}
