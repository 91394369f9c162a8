package io.github.bmmsite.cache;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class HasherTest {

    /** Zeros, as many as asked for, made as they are read; remembers the largest read. */
    private static final class Zeros extends InputStream {
        private long left;
        private int largestRead;

        Zeros(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            return read(new byte[1], 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            largestRead = Math.max(largestRead, length);
            if (left == 0) {
                return -1;
            }
            int read = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + read, (byte) 0);
            left -= read;
            return read;
        }
    }

    @Test
    void readsMoreBytesThanAnyArrayHoldsThroughAFixedBuffer() throws IOException {
        // Read whole, as before, these bytes could not even be held: an array has at most 2³¹ - 1.
        Zeros content = new Zeros(Integer.MAX_VALUE + 1L);

        new Hasher().content(content).hex();

        assertThat(content.left).isZero();
        assertThat(content.largestRead).isPositive().isLessThanOrEqualTo(64 * 1024);
    }
}
