package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The identifiers pandoc gives headings (its {@code auto_identifiers} extension), so that links
 * written for pandoc's output, such as an exported table of contents
 * ({@code #situación-actual.-sistemas-de-información-sg}), find their heading here too.
 */
public final class HeadingIds {

    private HeadingIds() {
    }

    /**
     * Every heading of a document and its identifier: the explicit {@code {#id}} if it has one,
     * otherwise {@link #identifier(String)} of its text, with {@code -1}, {@code -2}, … added when
     * an earlier heading of the document already took it (as pandoc does).
     */
    public static Map<Heading, String> of(Document document) {
        Map<Heading, String> ids = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        Map<String, Integer> nextSuffix = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String id = PandocNodes.attributesOf(heading).flatMap(PandocAttributes::id)
                        .orElseGet(() -> unique(identifier(PandocNodes.plainText(heading)), used, nextSuffix));
                used.add(id);
                ids.put(heading, id);
            }
        }
        return ids;
    }

    /**
     * Pandoc's identifier of a heading's text: lower case; only letters, digits, {@code _},
     * {@code -} and {@code .} kept (accented letters too); runs of spaces become one hyphen;
     * everything before the first letter dropped; {@code section} when nothing is left.
     */
    public static String identifier(String text) {
        StringBuilder id = new StringBuilder();
        boolean pendingSpace = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                pendingSpace = !id.isEmpty();
            } else if (isAlphaNumeric(c) || c == '_' || c == '-' || c == '.') {
                if (pendingSpace) {
                    id.append('-');
                    pendingSpace = false;
                }
                id.appendCodePoint(c);
            }
        }
        int firstLetter = 0;
        while (firstLetter < id.length() && !Character.isLetter(id.codePointAt(firstLetter))) {
            firstLetter += Character.charCount(id.codePointAt(firstLetter));
        }
        String result = id.substring(firstLetter);
        return result.isEmpty() ? "section" : result;
    }

    /**
     * {@code base}, or the first of {@code base-1}, {@code base-2}, … not used yet. Each base
     * remembers where its search stopped, so that many headings of one text cost one probe each
     * instead of one per earlier heading.
     */
    private static String unique(String base, Set<String> used, Map<String, Integer> nextSuffix) {
        if (!used.contains(base)) {
            return base;
        }
        int n = nextSuffix.getOrDefault(base, 1);
        while (used.contains(base + "-" + n)) {
            n++;
        }
        nextSuffix.put(base, n + 1);
        return base + "-" + n;
    }

    /** Haskell's {@code isSpace}, which pandoc splits words with: Unicode spaces and the ASCII controls. */
    private static boolean isSpace(int c) {
        return Character.isSpaceChar(c) || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Haskell's {@code isAlphaNum}: letters and every kind of number. */
    private static boolean isAlphaNumeric(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
