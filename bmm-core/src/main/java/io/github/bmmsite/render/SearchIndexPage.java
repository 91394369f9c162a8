package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;
import java.util.Map;

/** {@code search-index.ftl}: the search data, as a script. */
public record SearchIndexPage(
        @Inline PageInfo page,
        @Doc("one entry per page to find: uri, kind, name, text; code, type, group and pending when known")
        List<Map<String, Object>> documents) implements PageContent {
}
