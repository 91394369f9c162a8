package io.github.bmmsite.engine;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page as Freemarker writes it, encoded to UTF-8 on the way in. A page is thousands of short
 * writes; collecting them in a StringBuilder (which turns to two bytes a character at the first
 * accent), copying that into a String and encoding it again took a third of the rendering time.
 * The bytes are those of {@code String.getBytes(UTF_8)}: a surrogate without its pair becomes
 * {@code ?}. One instance serves many pages, one after the other ({@link #reset}), so its buffer is
 * allocated once per rendering thread rather than once per page.
 */
final class Utf8Output extends Writer {

    private static final int INITIAL_CAPACITY = 64 * 1024;
    private static final int KEPT_CAPACITY = 1024 * 1024;

    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int size;
    /** A high surrogate waiting for its low half, which may come in the next write; 0 if none. */
    private char pendingHigh;

    @Override
    public void write(int c) {
        reserve(1);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        reserve(length);
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void write(String string, int offset, int length) {
        reserve(length);
        for (int i = offset; i < offset + length; i++) {
            put(string.charAt(i));
        }
    }

    @Override
    public Writer append(CharSequence text) {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public void flush() {
        // Nothing is buffered elsewhere.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    /** Forgets what was written, keeping the buffer unless one large file made it large. */
    void reset() {
        if (bytes.length > KEPT_CAPACITY) {
            bytes = new byte[INITIAL_CAPACITY];
        }
        size = 0;
        pendingHigh = 0;
    }

    byte[] toByteArray() {
        if (pendingHigh != 0) {
            reserve(1);
            bytes[size++] = '?';
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    /** Room for {@code chars} more characters, at most three bytes each (four for a pair, which is two). */
    private void reserve(int chars) {
        long needed = size + 3L * chars + 1;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * bytes.length)));
        }
    }

    /** Small enough for the JIT to inline into the loops above: most of a page is ASCII. */
    private void put(char c) {
        if (c < 0x80 && pendingHigh == 0) {
            bytes[size++] = (byte) c;
        } else {
            encode(c);
        }
    }

    private void encode(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | (codePoint >> 18));
                bytes[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
                return;
            }
            bytes[size++] = '?';
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }
}
