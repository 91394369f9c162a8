package io.github.bmmsite.engine;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.OrMatcher;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.JavaScriptOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.diagnostic.SourceLocation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one Freemarker configuration of a bake. HTML templates auto-escape everything, so text
 * from documents can never become markup or a directive; HTML the pipeline made and cleaned is
 * passed as markup ({@link #markup}). Configured once, then shared by the rendering threads.
 */
public final class TemplateEngine {

    private final Configuration configuration;
    private final TemplateSet templates;
    /** Each rendering thread's page buffer, kept for the bake. */
    private final ThreadLocal<Utf8Output> outputs = ThreadLocal.withInitial(Utf8Output::new);

    public TemplateEngine(TemplateSet templates, Locale locale) throws IOException {
        this.templates = templates;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(templates.loader());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        TemplateConfiguration xml = new TemplateConfiguration();
        xml.setOutputFormat(XMLOutputFormat.INSTANCE);
        TemplateConfiguration javaScript = new TemplateConfiguration();
        javaScript.setOutputFormat(JavaScriptOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(
                        new OrMatcher(new FileNameGlobMatcher("sitemap.ftl"), new FileNameGlobMatcher("*.xml.ftl")), xml),
                new ConditionalTemplateConfigurationFactory(
                        new FileNameGlobMatcher("*.js.ftl"), javaScript))
                .allowNoMatch(true));
        cfg.setLocale(locale);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new RecordModel.Wrapper(Configuration.VERSION_2_3_34, new TemplateData()));
        this.configuration = cfg;
    }

    /** HTML that the pipeline made and sanitised: templates print it as is. */
    public static TemplateModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }

    /** @return the page, UTF-8 encoded */
    public byte[] render(String templateName, Map<String, Object> model) throws TemplateFailure {
        try {
            Template template = configuration.getTemplate(templateName);
            Utf8Output out = outputs.get();
            out.reset();
            template.process(model, out);
            return out.toByteArray();
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : templateName;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            throw new TemplateFailure(new SourceLocation(Path.of(templates.describe(source)), line,
                    e.getColumnNumber() != null ? e.getColumnNumber() : 0), e.getMessageWithoutStackTop());
        } catch (freemarker.core.ParseException e) {
            throw new TemplateFailure(new SourceLocation(Path.of(templates.describe(templateName)), e.getLineNumber(),
                    e.getColumnNumber()), e.getEditorMessage());
        } catch (IOException e) {
            throw new TemplateFailure(SourceLocation.of(Path.of(templates.describe(templateName))),
                    "cannot load the template: " + IoReason.of(e));
        }
    }

    /** A template that cannot be loaded or fails while rendering. */
    public static final class TemplateFailure extends Exception {
        private final SourceLocation location;

        TemplateFailure(SourceLocation location, String message) {
            super(message);
            this.location = location;
        }

        public SourceLocation location() {
            return location;
        }
    }
}
