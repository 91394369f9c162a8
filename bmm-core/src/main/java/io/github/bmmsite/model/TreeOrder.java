package io.github.bmmsite.model;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order of names in the model tree: as a Spanish reader orders words, and numbers by their value
 * ("Vista 9" before "Vista 10", "06.3" before "06.11"), as the export numbers its views. Hand-written:
 * the JDK's collator has no numeric order, and ICU4J is a large dependency for one comparison.
 */
public final class TreeOrder implements Comparator<String> {

    /** Not thread-safe, as the collator is not: one instance per bake. */
    private final Collator spanish = Collator.getInstance(Locale.forLanguageTag("es"));

    @Override
    public int compare(String a, String b) {
        List<String> left = runs(a);
        List<String> right = runs(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            String x = left.get(i);
            String y = right.get(i);
            int order = isNumber(x) && isNumber(y) ? compareNumbers(x, y) : spanish.compare(x, y);
            if (order != 0) {
                return order;
            }
        }
        int order = Integer.compare(left.size(), right.size());
        return order != 0 ? order : a.compareTo(b);
    }

    /** Runs of digits and runs of anything else: {@code "06.11. Vista"} is {@code 06}, {@code .}, {@code 11}, {@code . Vista}. */
    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || Character.isDigit(text.charAt(i)) != Character.isDigit(text.charAt(start))) {
                runs.add(text.substring(start, i));
                start = i;
            }
        }
        return runs;
    }

    private static boolean isNumber(String run) {
        return Character.isDigit(run.charAt(0));
    }

    /** By value, whatever their length: leading zeros aside, a longer number is larger. */
    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
