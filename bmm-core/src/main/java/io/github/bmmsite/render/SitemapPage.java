package io.github.bmmsite.render;

import java.util.List;

/** {@code sitemap.ftl}: {@code sitemap.xml}. */
public record SitemapPage(
        @Inline PageInfo page,
        @Doc("the address of every page search engines should list") List<String> locations) implements PageContent {
}
