package io.github.bmmsite.parse;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A pandoc attribute set written right after an image or at the end of a heading. It renders
 * nothing itself: the image or heading it belongs to reads it.
 */
public final class AttributesNode extends Node implements DoNotDecorate {

    private final PandocAttributes attributes;

    public AttributesNode(BasedSequence chars, PandocAttributes attributes) {
        super(chars);
        this.attributes = attributes;
    }

    public PandocAttributes attributes() {
        return attributes;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
