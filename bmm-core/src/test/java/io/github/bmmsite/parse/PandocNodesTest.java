package io.github.bmmsite.parse;

import io.github.bmmsite.Fixtures;
import io.github.bmmsite.diagnostic.Diagnostics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PandocNodesTest {

    private static String plainText(String markdown) {
        return PandocNodes.plainText(Fixtures.document("doc.md", markdown, new Diagnostics()).ast().getFirstChild())
                .strip();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Antes <script>alert('oculto')</script> después      | Antes después
            Antes <style>.oculto{display:none}</style> después  | Antes después
            Antes <script>uno *dos* `tres`</script> después     | Antes después
            ### O1: <img src=x onerror=alert(1)>                | O1:
            ### O2: Nombre <script>oculto()</script>            | O2: Nombre
            Texto *con <b>negrita</b> y <!-- nota -->* fin      | Texto con negrita y fin
            <span title="x">Visible</span> &amp; 3 &lt; 4        | Visible & 3 < 4
            [enlace <script>oculto</script>](https://example.org) | enlace
            """)
    void rawHtmlGivesTheTextABrowserShowsAndNothingOfScriptsOrStyles(String markdown, String text) {
        assertThat(plainText(markdown)).isEqualTo(text);
    }
}
