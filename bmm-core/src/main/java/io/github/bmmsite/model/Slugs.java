package io.github.bmmsite.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Readable URL names: lowercase ASCII, accents folded, words joined by hyphens
 * ("Gestión de Trámites Ciudadanos" → {@code gestion-de-tramites-ciudadanos}). They depend only
 * on the text, so they stay the same from one build to the next. A slug names a file, so a long
 * one is shortened (see {@link #MAX_LENGTH}).
 */
public final class Slugs {

    /**
     * File systems allow 255 bytes in a file name, encrypted home folders (eCryptfs) 143. Slugs are
     * ASCII, so with a clash's {@code -2} and {@code .html} added, a slug this long fits both.
     */
    static final int MAX_LENGTH = 120;
    private static final int HASH_LENGTH = 8;

    private final Map<String, Integer> taken = new HashMap<>();

    public static String slugify(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('đ', 'd').replace('ł', 'l')
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            return "sin-nombre";
        }
        return slug.length() <= MAX_LENGTH ? slug : shortened(slug);
    }

    /**
     * The slug's beginning and a hash of all of it: names that share a long beginning still get
     * slugs of their own, and the same name always gets the same one.
     */
    private static String shortened(String slug) {
        String hash = HexFormat.of().formatHex(sha256(slug)).substring(0, HASH_LENGTH);
        String beginning = slug.substring(0, MAX_LENGTH - HASH_LENGTH - 1).replaceAll("-+$", "");
        return beginning + "-" + hash;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A slug not handed out before by this instance: a clash gets {@code -2}, {@code -3}, … */
    public String unique(String text) {
        String base = slugify(text);
        int count = taken.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + count;
    }
}
