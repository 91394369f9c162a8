package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;

/** {@code sitemap.ftl}: {@code sitemap.xml}. */
public record SitemapPage(
        @Inline PageInfo page,
        @Doc("the address of every page search engines should list") List<String> locations) implements PageContent {
}
