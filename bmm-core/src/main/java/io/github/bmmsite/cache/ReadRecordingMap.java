package io.github.bmmsite.cache;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A read-only view of a map that remembers which keys were looked up. Anything that sees more
 * than one key at a time (iteration, size, the key set) counts as reading every key. One per
 * render, so not thread-safe.
 */
final class ReadRecordingMap extends AbstractMap<String, Object> {

    /** Stands for "every key" among the keys read. */
    static final String ALL = "*";

    private final Map<String, Object> delegate;
    private final Set<String> read = new TreeSet<>();

    ReadRecordingMap(Map<String, Object> delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object get(Object key) {
        record(key);
        return delegate.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        record(key);
        return delegate.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        read.add(ALL);
        return Collections.unmodifiableMap(delegate).entrySet();
    }

    private void record(Object key) {
        read.add(key instanceof String name && !name.equals(ALL) ? name : ALL);
    }

    /** The keys read, in order; {@link #ALL} alone if the whole map was seen. */
    Set<String> read() {
        return read.contains(ALL) ? Set.of(ALL) : Collections.unmodifiableSet(read);
    }
}
