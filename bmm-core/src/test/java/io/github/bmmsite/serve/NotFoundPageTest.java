package io.github.bmmsite.serve;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The 404 page's links, served for a missing address at any depth of the preview. */
class NotFoundPageTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><link rel="stylesheet" href="%1$sassets/css/bmm.css"></head><body>
            <a href="%1$sindex.html">Inicio</a><form action="%1$ssearch.html"></form><img src="%1$simagenes/logo.png" alt="">
            <a href="#contenido">Saltar</a><a href="https://www.gov.co/">GOV.CO</a><a href="mailto:a@example.org">Correo</a>
            </body></html>""";

    @Test
    void linksRelativeToTheSiteRootLeadFromThePreviewsRoot() {
        String served = NotFoundPage.fromPreviewRoot(PAGE.formatted(""), Optional.empty());

        assertThat(served).contains("href=\"/assets/css/bmm.css\"", "href=\"/index.html\"", "action=\"/search.html\"",
                "src=\"/imagenes/logo.png\"");
    }

    @Test
    void linksToThePublishedAddressLeadIntoThePreview() {
        String served = NotFoundPage.fromPreviewRoot(PAGE.formatted("https://owner.github.io/repo/"),
                Optional.of("https://owner.github.io/repo"));

        assertThat(served).contains("href=\"/assets/css/bmm.css\"", "href=\"/index.html\"", "action=\"/search.html\"",
                "src=\"/imagenes/logo.png\"").doesNotContain("owner.github.io");
    }

    @Test
    void otherLinksStayAsTheyAre() {
        String served = NotFoundPage.fromPreviewRoot(PAGE.formatted(""), Optional.of("https://owner.github.io/repo/"));

        assertThat(served).contains("href=\"#contenido\"", "href=\"https://www.gov.co/\"",
                "href=\"mailto:a@example.org\"");
    }
}
