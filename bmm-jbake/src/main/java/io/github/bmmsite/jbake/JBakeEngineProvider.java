package io.github.bmmsite.jbake;

import io.github.bmmsite.render.PageEngine;
import io.github.bmmsite.render.PageEngineProvider;
import io.github.bmmsite.render.TemplateEngine;
import io.github.bmmsite.render.TemplateSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code bmm.engine=jbake}: the pages baked by JBake's {@code Oven}. */
public final class JBakeEngineProvider implements PageEngineProvider {

    @Override
    public String name() {
        return "jbake";
    }

    @Override
    public PageEngine create(TemplateSet templates, Locale locale, Path workFolder) throws IOException {
        return new JBakePageEngine(new TemplateEngine(templates, locale), workFolder);
    }
}
