package io.github.bmmsite.parse;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/**
 * A pandoc-crossref citation: {@code @fig:id}, {@code @Fig:id}, {@code [@fig:a; @fig:b]}. Its kind
 * is {@code fig} or {@code tbl}; a capitalised one ({@code @Fig:}) starts a sentence: "Figura 1".
 */
public final class CrossReference extends Node implements DoNotDecorate {

    private final String kind;
    private final boolean capitalised;
    private final List<String> ids;

    public CrossReference(BasedSequence chars, String kind, boolean capitalised, List<String> ids) {
        super(chars);
        this.kind = kind;
        this.capitalised = capitalised;
        this.ids = List.copyOf(ids);
    }

    public String kind() {
        return kind;
    }

    public boolean capitalised() {
        return capitalised;
    }

    /** Full labels, as used in anchors: {@code fig:id-…}. */
    public List<String> ids() {
        return ids;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
