package io.github.bmmsite.cache;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;
import io.github.bmmsite.engine.TemplateData;

import java.util.List;
import java.util.Map;

/**
 * Hashes what a page hands its template ({@code content}, {@code config}, parts of {@code data}):
 * equal hashes mean the template sees equal values, in the same order. A value of a kind not
 * known here makes the page uncacheable rather than guessed at. Safe to use from several threads.
 */
final class TemplateValues {

    /** The value holds something whose rendering this class cannot vouch for. */
    static final class Uncacheable extends Exception {
        Uncacheable(Object value) {
            super("cannot hash a " + value.getClass().getName(), null, false, false);
        }
    }

    /** How records read in templates, which is what is hashed of them. */
    private final TemplateData records = new TemplateData();

    String hash(Object value) throws Uncacheable {
        Hasher hasher = new Hasher();
        feed(hasher, value);
        return hasher.hex();
    }

    private void feed(Hasher hasher, Object value) throws Uncacheable {
        if (value == null) {
            hasher.tag('N');
        } else if (value instanceof String text) {
            hasher.tag('S').text(text);
        } else if (value instanceof Boolean bool) {
            hasher.tag(bool ? 'T' : 'F');
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            hasher.tag('I').text(value.getClass().getSimpleName()).number(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            hasher.tag('M').number(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                feed(hasher, entry.getKey());
                feed(hasher, entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            hasher.tag('L').number(list.size());
            for (Object item : list) {
                feed(hasher, item);
            }
        } else if (value instanceof Record record) {
            // Closed by an end tag rather than opened by a count: the values are not gathered first.
            hasher.tag('R');
            records.forEach(record, (name, item) -> {
                feed(hasher, name);
                feed(hasher, item);
            });
            hasher.tag('E');
        } else if (value instanceof TemplateMarkupOutputModel<?> markup) {
            hasher.tag('H').text(markup.getOutputFormat().getName()).text(markupOf(markup));
        } else {
            throw new Uncacheable(value);
        }
    }

    private static <M extends TemplateMarkupOutputModel<M>> String markupOf(TemplateMarkupOutputModel<?> model)
            throws Uncacheable {
        @SuppressWarnings("unchecked")
        M typed = (M) model;
        try {
            return typed.getOutputFormat().getMarkupString(typed);
        } catch (TemplateModelException e) {
            throw new Uncacheable(model);
        }
    }
}
