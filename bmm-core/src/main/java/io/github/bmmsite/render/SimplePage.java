package io.github.bmmsite.render;

import io.github.bmmsite.engine.Inline;

/** A page whose template needs nothing but the page's own variables and {@code data}: home, search, 404. */
public record SimplePage(@Inline PageInfo page) implements PageContent {
}
