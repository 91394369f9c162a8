package io.github.bmmsite.diagnostic;

/**
 * How deeply a document may nest quotes and lists, YAML may nest values, and a model file may
 * nest XML elements ({@link Problem#NESTING_TOO_DEEP}). No real file comes near it; the parsers
 * and the stages after them recurse once per level, so thousands of levels would overflow the
 * stack instead of giving a diagnostic.
 */
public final class NestingLimit {

    public static final int MAX_DEPTH = 100;

    private NestingLimit() {
    }
}
