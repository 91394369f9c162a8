package io.github.bmmsite.model;

import java.util.List;

/** A named set of elements ("Objetivos SG"), from a document heading or a model file. */
public record Group(String name, String slug, List<String> memberKeys) {

    public Group {
        memberKeys = List.copyOf(memberKeys);
    }
}
