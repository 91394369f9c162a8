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
 * What templates read of the records pages are made of: a record reads as a map of its components
 * in order, an empty {@link Optional} is left out (templates test it with {@code ??}), an
 * {@link Inline} component's keys join its holder's. The built-in engine reads records through
 * {@link RecordModel} as templates ask for their values; {@link #map} copies them into plain maps
 * and lists for the JBake engine, which writes them to files. Hand-written because Freemarker's
 * own record support (accessors read as properties, 2.3.33) would show an empty Optional as a
 * value. Safe to use from several threads.
 */
public final class TemplateData {

    private record Component(String name, Method accessor, boolean inline) {
    }

    /** The components of each record class met, read once. */
    private final Map<Class<?>, List<Component>> components = new ConcurrentHashMap<>();

    /** A copy of what a template reads for a record, as maps and lists. */
    public Map<String, Object> map(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : entries(record)) {
            map.put(entry.getKey(), plain(entry.getValue()));
        }
        return map;
    }

    /** The values a template reads in a record, in order, as the record holds them. */
    public List<Map.Entry<String, Object>> entries(Record record) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>();
        addEntries(record, entries);
        return entries;
    }

    private void addEntries(Record record, List<Map.Entry<String, Object>> entries) {
        for (Component component : componentsOf(record)) {
            Object value = valueOf(component, record);
            if (value == null) {
                continue;
            }
            if (component.inline()) {
                addEntries((Record) value, entries);
            } else {
                entries.add(Map.entry(component.name(), value));
            }
        }
    }

    /** The value a template reads as {@code record.name}, or null when there is none. */
    Object get(Record record, String name) {
        for (Component component : componentsOf(record)) {
            if (component.inline()) {
                Object inner = valueOf(component, record);
                Object value = inner == null ? null : get((Record) inner, name);
                if (value != null) {
                    return value;
                }
            } else if (component.name().equals(name)) {
                return valueOf(component, record);
            }
        }
        return null;
    }

    /**
     * Whether a value can reach a template: records, lists and maps of them, texts, whole numbers,
     * booleans and markup. Anything else is a mistake in the page data, refused rather than shown.
     */
    static boolean readable(Object value) {
        return value instanceof Record || value instanceof List<?> || value instanceof Map<?, ?>
                || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean || value instanceof TemplateModel;
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
        if (readable(value)) {
            return value;
        }
        throw new IllegalArgumentException(unreadable(value));
    }

    static String unreadable(Object value) {
        return "a template value of type " + value.getClass().getName() + " has no form templates read";
    }

    private List<Component> componentsOf(Record record) {
        return components.computeIfAbsent(record.getClass(), TemplateData::componentsOf);
    }

    /** The component's value, an Optional's content, or null for an empty Optional. */
    private static Object valueOf(Component component, Record record) {
        try {
            Object value = component.accessor().invoke(record);
            return value instanceof Optional<?> optional ? optional.orElse(null) : value;
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
