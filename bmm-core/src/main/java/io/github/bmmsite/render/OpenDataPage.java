package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;

/** {@code datos.ftl}: the open-data files and their fields, as the data dictionary describes them. */
public record OpenDataPage(
        @Inline PageInfo page,
        @Doc("the elements, relationships, views and the data dictionary, each published as JSON and CSV")
        List<OpenDataSet> sets) implements PageContent {
}
