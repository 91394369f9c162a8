package io.github.bmmsite.jbake;

import io.github.bmmsite.engine.PageCache;
import io.github.bmmsite.engine.PageEngine;
import io.github.bmmsite.engine.PageEngineProvider;
import io.github.bmmsite.engine.TemplateEngine;
import io.github.bmmsite.engine.TemplateSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code bmm.engine=jbake}: the pages baked by JBake's {@code Oven}. */
public final class JBakeEngineProvider implements PageEngineProvider {

    /**
     * JBake logs every file it reads and renders at INFO, thousands of lines for a large site,
     * and warns on every run that it has no AsciiDoc engine (this engine uses none); Commons
     * BeanUtils, under JBake's configuration, logs a method it skips. Under SLF4J's
     * simple binding, Maven's, a logger's level is read from a system property when the logger is
     * made, so this must run before JBake's classes load; a level the user set wins.
     */
    private static void quietJBakeLogging() {
        setIfAbsent("org.slf4j.simpleLogger.log.org.jbake", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.jbake.parser.Engines", "error");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.commons.beanutils.FluentPropertyBeanIntrospector", "warn");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    @Override
    public String name() {
        return "jbake";
    }

    @Override
    public PageEngine create(TemplateSet templates, Locale locale, Path workFolder, PageCache cache)
            throws IOException {
        // JBake renders the whole site in its Oven, so it has no page to keep; the bake as a whole
        // is still skipped when nothing changed.
        quietJBakeLogging();
        return new JBakePageEngine(new TemplateEngine(templates, locale), workFolder);
    }
}
