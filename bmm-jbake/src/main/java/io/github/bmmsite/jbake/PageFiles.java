package io.github.bmmsite.jbake;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;
import io.github.bmmsite.engine.TemplateEngine;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a page as a file JBake reads: YAML, so that nested maps and lists reach the
 * templates as they are. HTML the pipeline made and sanitised travels as a one-key map
 * {@code {bmm_markup: "<p>…</p>"}} and becomes markup again when rendered; everything else is text
 * the templates escape.
 */
final class PageFiles {

    static final String MARKUP = "bmm_markup";

    private PageFiles() {
    }

    static String toYaml(Map<String, Object> content) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(Integer.MAX_VALUE)
                .build();
        return new Dump(settings).dumpToString(plain(content));
    }

    static Map<String, Object> fromYaml(String yaml) {
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        Object loaded = new Load(settings).loadFromString(yaml);
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a page file must hold a map");
        }
        return stringKeys(map);
    }

    /** Values as YAML can write them: maps, lists, text, numbers, booleans; markup tagged. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(plain(v)));
            return copy;
        }
        if (value instanceof TemplateMarkupOutputModel<?> markup) {
            return Map.of(MARKUP, markupString(markup));
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("a page value of type " + value.getClass().getName()
                + " has no form in a page file");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markupString(TemplateMarkupOutputModel markup) {
        try {
            return markup.getOutputFormat().getMarkupString(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("markup without a markup string", e);
        }
    }

    /**
     * Values as JBake's store gives them back (its own map and list types), turned into plain maps
     * and lists for the templates, with markup restored.
     */
    static Object restore(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.get(MARKUP) instanceof String html) {
                return TemplateEngine.markup(html);
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), restore(v)));
            return copy;
        }
        if (value instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(restore(v)));
            return copy;
        }
        return value;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
