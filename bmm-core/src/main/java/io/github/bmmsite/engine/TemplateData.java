package io.github.bmmsite.engine;

import freemarker.template.TemplateModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
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

    private static final Object[] NO_ARGUMENTS = {};

    private record Component(String name, Method accessor, boolean inline) {
    }

    /** A record class's components in order, and by name for the templates' look-ups. */
    private record Shape(List<Component> components, Map<String, Component> named, List<Component> inline) {
    }

    /** The shape of each record class met, read once. */
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    /** A copy of what a template reads for a record, as maps and lists. */
    public Map<String, Object> map(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        forEach(record, (name, value) -> map.put(name, plain(value)));
        return map;
    }

    /** What is done with each value of a record. */
    @FunctionalInterface
    public interface Visitor<E extends Exception> {
        void visit(String name, Object value) throws E;
    }

    /** Visits the values a template reads in a record, in order, as the record holds them. */
    public <E extends Exception> void forEach(Record record, Visitor<E> visitor) throws E {
        for (Component component : shapeOf(record).components()) {
            Object value = valueOf(component, record);
            if (value == null) {
                continue;
            }
            if (component.inline()) {
                forEach((Record) value, visitor);
            } else {
                visitor.visit(component.name(), value);
            }
        }
    }

    List<Map.Entry<String, Object>> entries(Record record) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>();
        forEach(record, (name, value) -> entries.add(Map.entry(name, value)));
        return entries;
    }

    /** The value a template reads as {@code record.name}, or null when there is none. */
    Object get(Record record, String name) {
        Shape shape = shapeOf(record);
        Component component = shape.named().get(name);
        if (component != null) {
            return valueOf(component, record);
        }
        for (int i = 0; i < shape.inline().size(); i++) {
            Object inner = valueOf(shape.inline().get(i), record);
            Object value = inner == null ? null : get((Record) inner, name);
            if (value != null) {
                return value;
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

    private Shape shapeOf(Record record) {
        return shapes.computeIfAbsent(record.getClass(), TemplateData::shapeOf);
    }

    /** The component's value, an Optional's content, or null for an empty Optional. */
    private static Object valueOf(Component component, Record record) {
        try {
            Object value = component.accessor().invoke(record, NO_ARGUMENTS);
            return value instanceof Optional<?> optional ? optional.orElse(null) : value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + component.name(), e);
        }
    }

    private static Shape shapeOf(Class<?> type) {
        List<Component> list = new ArrayList<>();
        Map<String, Component> named = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            Component read = new Component(component.getName(), accessor, component.isAnnotationPresent(Inline.class));
            list.add(read);
            if (!read.inline()) {
                named.put(read.name(), read);
            }
        }
        return new Shape(List.copyOf(list), Map.copyOf(named), list.stream().filter(Component::inline).toList());
    }
}
