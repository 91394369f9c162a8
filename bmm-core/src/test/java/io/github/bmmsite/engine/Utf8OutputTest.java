package io.github.bmmsite.engine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8OutputTest {

    /** Whatever the text and however it is cut into writes, the bytes are String.getBytes(UTF_8)'s. */
    @Test
    void encodesLikeTheJdk() {
        String[] pieces = {"a", "<p>", "é", "ñ", "€", "—", "😀", "\uD83D", "\uDE00", "\u0000", "\u07FF", "\u0800",
            "\uFFFF", "texto largo sin acentos "};
        Random random = new Random(11);
        for (int sample = 0; sample < 5_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String expected = text.toString();
            Utf8Output out = new Utf8Output();
            int position = 0;
            while (position < expected.length()) {
                int length = Math.min(expected.length() - position, 1 + random.nextInt(5));
                switch (random.nextInt(4)) {
                    case 0 -> {
                        out.write(expected.charAt(position));
                        length = 1;
                    }
                    case 1 -> out.write(expected.toCharArray(), position, length);
                    case 2 -> out.write(expected.substring(position, position + length));
                    default -> out.append(expected.subSequence(position, position + length));
                }
                position += length;
            }
            assertThat(out.toByteArray()).as("bytes of %s", expected)
                    .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }
}
