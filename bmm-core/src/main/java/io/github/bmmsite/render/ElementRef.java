package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.Optional;

/** An element as every list names and links it. */
public record ElementRef(
        @Doc("the element's key in the model: its code, or its name when it has none") String key,
        @Doc("its code (\"O7\"), when it has one") Optional<String> code,
        @Doc("its name without the code") String name,
        @Doc("code and name, as headings show it") String title,
        @Doc("its page's path from the site root") String uri,
        @Doc("its ArchiMate or BMM type's name (GOAL, BUSINESS_ACTOR…), when known") Optional<String> type,
        @Doc("the type's name in words, when known") Optional<String> typeLabel,
        @Doc("the name of its first group, when it has one") Optional<String> groupName,
        @Doc("why no document describes it, when none does (shown by <@m.undescribedNotice element/>)")
        Optional<String> undescribed) {
}
