package io.github.bmmsite.engine;


import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Makes the {@link PageEngine} of one bake. Engines other than the built-in one live in their own
 * artifacts and are found with {@link java.util.ServiceLoader}, so the plugin carries their
 * dependencies only when a project adds the artifact.
 */
public interface PageEngineProvider {

    /** The name {@code bmm.engine} selects the engine by. */
    String name();

    /**
     * @param templates the templates and assets of the site
     * @param locale the site language, for formatting
     * @param workFolder a folder of the build the engine may use for its own files
     * @param cache keeps the previous output of pages whose template values did not change, for
     *     an engine that renders page by page; an engine that renders the site as a whole ignores it
     */
    PageEngine create(TemplateSet templates, Locale locale, Path workFolder, PageCache cache) throws IOException;
}
