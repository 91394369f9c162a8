package io.github.bmmsite.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "//example.org/x.png", "\\\\example.org\\x.png", "https://example.org/x.png",
            "HTTP://example.org/x.png", "ftp://example.org/x.png", "file:///etc/passwd", "FILE:/etc/passwd",
            "C:\\Windows\\x.png", " /etc/passwd", "\t//example.org/x.png", "../../x.png", "a/../../../x.png",
            "%2e%2e/%2E%2e/x.png", "..\\..\\x.png"})
    void imagesOfOtherHostsAbsolutePathsAndFilesAboveTheRootAreOutsideTheSite(String src) {
        assertThat(HtmlSanitizer.isOutsideTheSite(src)).isTrue();
        assertThat(sanitizer.clean("<p>Antes <img src=\"" + src.replace("\"", "&quot;") + "\" alt=\"x\"> después</p>"))
                .doesNotContain("<img").contains("<div class=\"bmm-figure-missing\" role=\"img\"",
                        "<span class=\"bmm-figure-missing-title\">Imagen no disponible</span>", "Antes", "después");
        assertThat(sanitizer.imagesOutsideTheSite("<img src=\"" + src + "\">")).containsExactly(src);
    }

    @ParameterizedTest
    @ValueSource(strings = {"imagenes/x.png", "../imagenes/x.png", "./x.png", "a/b/../../../imagenes/x.png", "",
            "data:image/png;base64,AAAA", "javascript:alert(1)"})
    void relativeImagesWithinTheSiteAndOtherSchemesAreNot(String src) {
        assertThat(HtmlSanitizer.isOutsideTheSite(src)).isFalse();
        assertThat(sanitizer.imagesOutsideTheSite("<img src=\"" + src + "\">")).isEmpty();
    }

    @Test
    void theSafelistStillRemovesOtherSchemesAndSaysSo() {
        assertThat(sanitizer.clean("<img src=\"data:image/png;base64,AAAA\" alt=\"d\">")).isEqualTo("<img alt=\"d\">");
        assertThat(sanitizer.removedFrom("<img src=\"javascript:alert(1)\"><img src=\"file:///etc/passwd\">"))
                .containsExactly("src=\"javascript:alert(1)\" on <img>");
    }

    @Test
    void linksMayLeadToHttpHttpsFtpMailAndRelativeAddressesOnly() {
        assertThat(sanitizer.isSafe("a", "href", "https://example.org")).isTrue();
        assertThat(sanitizer.isSafe("a", "href", "mailto:a@example.org")).isTrue();
        assertThat(sanitizer.isSafe("a", "href", "otra.html#x")).isTrue();
        assertThat(sanitizer.isSafe("a", "href", "javascript:alert(1)")).isFalse();
        assertThat(sanitizer.isSafe("a", "href", "data:text/html,x")).isFalse();
        assertThat(sanitizer.isSafe("a", "href", "vbscript:x")).isFalse();
    }
}
