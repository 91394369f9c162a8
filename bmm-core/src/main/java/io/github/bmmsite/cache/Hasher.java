package io.github.bmmsite.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of typed, length-prefixed values, so that two different sequences
 * never feed the digest the same bytes ("ab","c" and "a","bc" hash differently). Small values
 * are gathered in a buffer first: the digest is slow when fed byte by byte.
 */
final class Hasher {

    private static final int BUFFER = 1024;

    private final MessageDigest digest;
    private final byte[] buffer = new byte[BUFFER];
    private final char[] chars = new char[BUFFER / 2];
    private int used;

    Hasher() {
        digest = sha256();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest).
            throw new IllegalStateException(e);
        }
    }

    Hasher tag(char tag) {
        room(1);
        buffer[used++] = (byte) tag;
        return this;
    }

    /** As UTF-16 code units: no encoding step, and the same text always gives the same bytes. */
    Hasher text(String text) {
        int length = text.length();
        number(length);
        // A page's values are megabytes of text: copied out in blocks, not read char by char.
        for (int at = 0; at < length; ) {
            int room = (BUFFER - used) / 2;
            if (room == 0) {
                flush();
                continue;
            }
            int end = Math.min(length, at + room);
            text.getChars(at, end, chars, 0);
            for (int i = 0; i < end - at; i++) {
                buffer[used++] = (byte) (chars[i] >>> 8);
                buffer[used++] = (byte) chars[i];
            }
            at = end;
        }
        return this;
    }

    Hasher bytes(byte[] bytes) {
        number(bytes.length);
        if (bytes.length > BUFFER / 2) {
            flush();
            digest.update(bytes);
        } else {
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
        return this;
    }

    /**
     * The bytes of a file, read in blocks into a digest of their own, whose 32 bytes are fed to
     * this one: a file of any size takes the same memory.
     */
    Hasher file(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return content(in);
        }
    }

    /** As {@link #file(Path)}, for bytes from a stream. */
    Hasher content(InputStream in) throws IOException {
        MessageDigest content = sha256();
        new DigestInputStream(in, content).transferTo(OutputStream.nullOutputStream());
        return tag('C').bytes(content.digest());
    }

    Hasher number(long value) {
        room(Long.BYTES);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[used++] = (byte) (value >>> shift);
        }
        return this;
    }

    String hex() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(byte[] bytes) {
        return new Hasher().bytes(bytes).hex();
    }

    private void room(int length) {
        if (used + length > BUFFER) {
            flush();
        }
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }
}
