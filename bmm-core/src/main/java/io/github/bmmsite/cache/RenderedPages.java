package io.github.bmmsite.cache;

import io.github.bmmsite.engine.PageCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders a page only when something its template sees changed. A page's output depends on the
 * template set and the Freemarker configuration (both in {@code context}), its template, its
 * {@code content}, the {@code config}, and the {@code data} keys its template reads, which are
 * recorded while it renders. When all of these hash as in the previous bake, and the previous
 * output is still in the output folder byte for byte, that output is the page.
 */
final class RenderedPages implements PageCache {

    private final String context;
    private final Map<String, Manifest.PageEntry> previous;
    private final Path output;
    private final Map<String, Manifest.PageEntry> entries = new ConcurrentHashMap<>();
    private final Map<String, String> dataHashes = new ConcurrentHashMap<>();
    private final Set<String> rendered = new ConcurrentSkipListSet<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final TemplateValues values = new TemplateValues();
    private final Map<Map<String, Object>, String> configHashes = Collections.synchronizedMap(new IdentityHashMap<>());

    RenderedPages(String context, Map<String, Manifest.PageEntry> previous, Path output) {
        this.context = context;
        this.previous = previous;
        this.output = output;
    }

    @Override
    public <E extends Exception> byte[] page(String uri, String template, Record content,
                                             Map<String, Object> config, Map<String, Object> data,
                                             Renderer<E> renderer) throws E {
        String key;
        try {
            key = new Hasher().text(context).text(template).text(values.hash(content))
                    .text(configHash(config)).hex();
        } catch (TemplateValues.Uncacheable e) {
            rendered.add(uri);
            return renderer.render(PageCache.root(content, config, data));
        }
        Manifest.PageEntry before = previous.get(uri);
        if (before != null && before.key().equals(key) && sameData(before.dataRead(), data)) {
            Optional<byte[]> kept = previousOutput(uri, before.output());
            if (kept.isPresent()) {
                entries.put(uri, before);
                reused.incrementAndGet();
                return kept.get();
            }
        }
        ReadRecordingMap recording = new ReadRecordingMap(data);
        byte[] html = renderer.render(PageCache.root(content, config, recording));
        rendered.add(uri);
        Map<String, String> dataRead = new LinkedHashMap<>();
        for (String name : recording.read()) {
            Optional<String> hash = dataHash(name, data);
            if (hash.isEmpty()) {
                return html;
            }
            dataRead.put(name, hash.get());
        }
        entries.put(uri, new Manifest.PageEntry(key, dataRead, Hasher.of(html)));
        return html;
    }

    /** Every page of a bake sees the same {@code config}: it is hashed once. */
    private String configHash(Map<String, Object> config) throws TemplateValues.Uncacheable {
        String hash = configHashes.get(config);
        if (hash == null) {
            hash = values.hash(config);
            configHashes.put(config, hash);
        }
        return hash;
    }

    private boolean sameData(Map<String, String> dataRead, Map<String, Object> data) {
        for (Map.Entry<String, String> read : dataRead.entrySet()) {
            if (!dataHash(read.getKey(), data).equals(Optional.of(read.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** Empty if the value cannot be hashed; each key is hashed once per bake. */
    private Optional<String> dataHash(String name, Map<String, Object> data) {
        String hash = dataHashes.computeIfAbsent(name, n -> {
            try {
                if (n.equals(ReadRecordingMap.ALL)) {
                    return values.hash(data);
                }
                return data.containsKey(n) ? values.hash(data.get(n)) : "absent";
            } catch (TemplateValues.Uncacheable e) {
                return "";
            }
        });
        return hash.isEmpty() ? Optional.empty() : Optional.of(hash);
    }

    private Optional<byte[]> previousOutput(String uri, String expectedHash) {
        Path file = output.resolve(uri).normalize();
        if (!file.startsWith(output) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Hasher.of(bytes).equals(expectedHash) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            // An unreadable old page is simply rendered again.
            return Optional.empty();
        }
    }

    /** The pages rendered or reused in this bake, for the next one. */
    Map<String, Manifest.PageEntry> entries() {
        return Map.copyOf(entries);
    }

    @Override
    public List<String> rendered() {
        return List.copyOf(rendered);
    }

    @Override
    public int reused() {
        return reused.get();
    }
}
