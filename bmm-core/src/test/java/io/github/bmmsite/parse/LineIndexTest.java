package io.github.bmmsite.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LineIndexTest {

    /** The index gives flexmark's line for every offset, whatever the line ends. */
    @Test
    void agreesWithFlexmarkAtEveryOffset() {
        String[] pieces = {"a", "bc", " ", "\n", "\r", "\r\n", "\n\n", "\r\r", "ñ"};
        Random random = new Random(7);
        for (int sample = 0; sample < 2_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Document document = new Document(null, BasedSequence.of(text));
            LineIndex index = LineIndex.of(text);
            for (int offset = 0; offset <= text.length(); offset++) {
                assertThat(index.lineOf(offset)).as("line of %d in %s", offset,
                        text.toString().replace("\r", "\\r").replace("\n", "\\n"))
                        .isEqualTo(document.getLineNumber(offset));
            }
        }
    }
}
