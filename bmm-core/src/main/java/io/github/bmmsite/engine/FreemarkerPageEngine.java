package io.github.bmmsite.engine;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.write.OutputFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The built-in engine: renders every page with Freemarker, in parallel, in memory, and keeps the
 * previous output of a page whose template values did not change.
 */
public final class FreemarkerPageEngine implements PageEngine {

    /** The name of the built-in engine, the default of {@code bmm.engine}. */
    public static final String NAME = "freemarker";

    private final TemplateEngine engine;
    private final PageCache cache;

    public FreemarkerPageEngine(TemplateEngine engine, PageCache cache) {
        this.engine = engine;
        this.cache = cache;
    }

    /**
     * Every page is rendered even after a failure, so that each broken template is reported
     * whatever the order the threads take pages in.
     */
    @Override
    public boolean render(List<Page> pages, Map<String, Object> config, Record data,
                          Diagnostics diagnostics, Consumer<OutputFile> sink) {
        Map<String, Object> dataValues = new TemplateData().map(data);
        AtomicBoolean failed = new AtomicBoolean();
        pages.parallelStream().forEach(page -> {
            try {
                byte[] html = cache.page(page.uri(), page.template(), page.content(), config, dataValues,
                        root -> engine.render(page.template(), root));
                if (!failed.get()) {
                    sink.accept(new OutputFile.Bytes(page.uri(), html));
                }
            } catch (TemplateEngine.TemplateFailure e) {
                // Reported without the page, so that one broken line is one diagnostic, not one per page.
                diagnostics.report(Problem.TEMPLATE_ERROR, e.location(), e.getMessage());
                failed.set(true);
            }
        });
        return !failed.get();
    }

    /** Registered like any other engine, so that the list of known engines names it. */
    public static final class Provider implements PageEngineProvider {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public PageEngine create(TemplateSet templates, Locale locale, Path workFolder, PageCache cache)
                throws IOException {
            return new FreemarkerPageEngine(new TemplateEngine(templates, locale), cache);
        }
    }
}
