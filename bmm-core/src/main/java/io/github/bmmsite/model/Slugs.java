package io.github.bmmsite.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Readable URL names: lowercase ASCII, accents folded, words joined by hyphens
 * ("Gestión de Trámites Ciudadanos" → {@code gestion-de-tramites-ciudadanos}). They depend only
 * on the text, so they stay the same from one build to the next.
 */
public final class Slugs {

    private final Map<String, Integer> taken = new HashMap<>();

    public static String slugify(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('đ', 'd').replace('ł', 'l')
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "sin-nombre" : slug;
    }

    /** A slug not handed out before by this instance: a clash gets {@code -2}, {@code -3}, … */
    public String unique(String text) {
        String base = slugify(text);
        int count = taken.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + count;
    }
}
