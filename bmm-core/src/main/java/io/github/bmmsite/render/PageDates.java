package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.Optional;

/** When a page was published and last updated. */
public record PageDates(
        @Doc("the earliest date of the page's documents") Day published,
        @Doc("the latest, when it is later than the earliest") Optional<Day> updated) {

    /** A day, for people and for machines. */
    public record Day(
            @Doc("in ISO 8601 (2026-11-30), for <time datetime>") String iso,
            @Doc("in words of the site's language (30 de noviembre de 2026)") String text) {
    }
}
