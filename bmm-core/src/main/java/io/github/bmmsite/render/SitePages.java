package io.github.bmmsite.render;

import io.github.bmmsite.engine.Page;
import io.github.bmmsite.model.AlignmentMatrix;

import java.util.List;

/**
 * The pages of a site before they are rendered, and what the index stage makes its own pages (the
 * search data, the sitemap) from.
 */
public final class SitePages {

    private final List<Page> pages;
    private final SiteData data;
    private final List<AlignmentMatrix> matrices;
    private final PageModels models;

    SitePages(List<Page> pages, SiteData data, List<AlignmentMatrix> matrices, PageModels models) {
        this.pages = List.copyOf(pages);
        this.data = data;
        this.matrices = List.copyOf(matrices);
        this.models = models;
    }

    public List<Page> pages() {
        return pages;
    }

    /** The alignment matrices that have pages. */
    public List<AlignmentMatrix> matrices() {
        return matrices;
    }

    /**
     * What every page's {@code content} holds ({@code type}, {@code title}, its path, …), for a page
     * made from no document: it has the site's dates.
     */
    public PageInfo page(String type, String title, String uri) {
        return models.page(type, title, uri, List.of());
    }

    /** What templates read as {@code data}. */
    SiteData data() {
        return data;
    }
}
