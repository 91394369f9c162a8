package io.github.bmmsite.engine;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.write.OutputFile;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the pages of a site into files through the templates: the one stage where engines differ.
 * Everything before (the model, the pages and their {@code content}) and after (search data, open
 * data, assets, the write) is shared, so every engine bakes the same site.
 */
public interface PageEngine {

    /**
     * @param pages the pages, each with its template and {@code content}
     * @param config what templates read as {@code config} (keys with underscores, as JBake names them)
     * @param data what templates read as {@code data}: the whole model (turn it and each page's
     *             {@code content} into what templates read with {@link TemplateData})
     * @param sink takes each file as soon as it is made, possibly from several threads
     * @return false when a page failed (each failure is reported to {@code diagnostics})
     */
    boolean render(List<Page> pages, Map<String, Object> config, Record data, Diagnostics diagnostics,
                   Consumer<OutputFile> sink);
}
