package io.github.bmmsite.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of typed, length-prefixed values, so that two different sequences
 * never feed the digest the same bytes ("ab","c" and "a","bc" hash differently).
 */
final class Hasher {

    private final MessageDigest digest;

    Hasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest).
            throw new IllegalStateException(e);
        }
    }

    Hasher tag(char tag) {
        digest.update((byte) tag);
        return this;
    }

    Hasher text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    Hasher bytes(byte[] bytes) {
        number(bytes.length);
        digest.update(bytes);
        return this;
    }

    Hasher number(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (value >>> shift));
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(byte[] bytes) {
        return new Hasher().bytes(bytes).hex();
    }
}
