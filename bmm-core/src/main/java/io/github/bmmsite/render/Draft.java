package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.List;

/** Why a page carries the draft notice. */
public record Draft(
        @Doc("the notes (todo) of its draft documents, each as the authors wrote it; empty when they wrote none")
        List<String> notes,
        @Doc("on the home page, the views that are drafts; else empty") List<ViewRef> views) {
}
