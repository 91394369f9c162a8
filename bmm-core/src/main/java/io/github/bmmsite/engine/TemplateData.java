package io.github.bmmsite.engine;

import freemarker.template.TemplateModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the records pages are made of into the maps and lists templates read, at the engine
 * boundary: a record becomes a map of its components in order, an empty {@link Optional} is left
 * out (templates test it with {@code ??}), an {@link Inline} component's keys join its holder's.
 * Hand-written because Freemarker's own record support (accessors read as properties, 2.3.33) would
 * show an empty Optional as a value, and because the page cache hashes, and the JBake engine writes,
 * plain maps and lists. Safe to use from several threads.
 */
public final class TemplateData {

    private record Component(String name, Method accessor, boolean inline) {
    }

    /** The components of each record class met, read once. */
    private final Map<Class<?>, List<Component>> components = new ConcurrentHashMap<>();

    /** What a template reads for a record: a page's {@code content}, or {@code data}. */
    public Map<String, Object> map(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        putInto(map, record);
        return map;
    }

    private void putInto(Map<String, Object> map, Record record) {
        for (Component component : components.computeIfAbsent(record.getClass(), TemplateData::componentsOf)) {
            Object value = valueOf(component, record);
            if (value instanceof Optional<?> optional) {
                if (optional.isEmpty()) {
                    continue;
                }
                value = optional.get();
            }
            if (component.inline()) {
                putInto(map, (Record) value);
            } else {
                map.put(component.name(), plain(value));
            }
        }
    }

    private Object plain(Object value) {
        if (value instanceof Record record) {
            return map(record);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(plain(item)));
            return copy;
        }
        if (value instanceof Map<?, ?> entries) {
            Map<String, Object> copy = new LinkedHashMap<>();
            entries.forEach((key, item) -> copy.put((String) key, plain(item)));
            return copy;
        }
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean
                || value instanceof TemplateModel) {
            return value;
        }
        throw new IllegalArgumentException("a template value of type " + value.getClass().getName()
                + " has no form templates read");
    }

    private static Object valueOf(Component component, Record record) {
        try {
            return component.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + component.name(), e);
        }
    }

    private static List<Component> componentsOf(Class<?> type) {
        List<Component> list = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            list.add(new Component(component.getName(), accessor, component.isAnnotationPresent(Inline.class)));
        }
        return List.copyOf(list);
    }
}
