package io.github.bmmsite.cache;

import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.html.FragmentCache;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.NumberedTable;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.Figure;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.model.ViewVersion;
import io.github.bmmsite.parse.ParsedDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The HTML of document fragments, kept between bakes. A fragment's HTML depends on its blocks,
 * on the rest of its document (reference links, footnotes), on where the document lives (images
 * are found relative to it), and on what it can link to: the elements by code, the figures and
 * their numbers, the tables and their numbers, the views and groups, the placeholder values and which files the source folder holds. The
 * key hashes all of these, so a change to any element's name or code, or to any figure, makes
 * every fragment render again; a change to one element's text only renders its document's.
 */
final class StoredFragments implements FragmentCache {

    private static final int MAGIC = 0x424d4d46;

    private final Map<String, String> previous;
    private final String base;
    private final Map<String, String> used = new ConcurrentHashMap<>();
    private final Map<ParsedDocument, String> documentHashes = Collections.synchronizedMap(new IdentityHashMap<>());
    private final AtomicInteger rendered = new AtomicInteger();
    private Links contextOf;
    private String context;

    /** @param base what fragments depend on besides the model: plugin build, variables, source listing */
    StoredFragments(Map<String, String> previous, String base) {
        this.previous = previous;
        this.base = base;
    }

    @Override
    public String html(Links links, Fragment fragment, Supplier<String> render) {
        Hasher key = new Hasher().text(context(links)).text(documentHash(fragment.document()));
        key.number(fragment.blocks().size()).number(fragment.headingShift());
        for (Node block : fragment.blocks()) {
            key.number(block.getStartOffset()).number(block.getEndOffset());
        }
        String name = key.hex();
        String html = previous.get(name);
        if (html == null) {
            html = render.get();
            rendered.incrementAndGet();
        }
        used.put(name, html);
        return html;
    }

    private synchronized String context(Links links) {
        if (contextOf != links) {
            contextOf = links;
            context = linkContext(links);
        }
        return context;
    }

    private String linkContext(Links links) {
        SiteModel model = links.model();
        Hasher hasher = new Hasher().text(base);
        hasher.number(model.elements().size());
        for (Element element : model.elements()) {
            hasher.text(element.key()).text(element.code().orElse("\0")).text(element.name()).text(element.slug())
                    .text(element.viewSlug()).text(SitePaths.of(element));
            for (Element.OtherDescription other : element.otherDescriptions()) {
                hasher.text(other.location().toString());
            }
        }
        hasher.number(model.views().size());
        for (View view : model.views()) {
            hasher.text(view.slug()).text(view.title()).text(SitePaths.of(view)).text(view.location().toString());
            // which versions differ decides the anchors of their headings
            for (ViewVersion other : view.otherVersions()) {
                hasher.text(other.location().toString());
            }
        }
        hasher.number(model.documents().size());
        for (ExportedDocument document : model.documents()) {
            hasher.text(document.slug()).text(SitePaths.of(document));
        }
        hasher.number(model.groups().size());
        for (Group group : model.groups()) {
            hasher.text(group.name()).text(SitePaths.of(group));
        }
        hasher.number(links.tables().size());
        for (NumberedTable table : links.tables()) {
            hasher.text(table.id()).number(table.number()).text(links.uriOf(table));
        }
        hasher.number(model.figures().size());
        for (Figure figure : model.figures()) {
            hasher.text(figure.id()).number(figure.number()).text(figure.viewSlug().orElse(""))
                    .text(links.uriOf(figure))
                    .text(figure.location().toString());
        }
        return hasher.hex();
    }

    private String documentHash(ParsedDocument document) {
        return documentHashes.computeIfAbsent(document, d -> new Hasher()
                .text(d.source().file().path().toAbsolutePath().normalize().toString())
                .text(d.source().file().displayPath().toString())
                .text(d.source().markdown()).hex());
    }

    int rendered() {
        return rendered.get();
    }

    int reused() {
        return used.size() - rendered.get();
    }

    /** The fragments of this bake: those of the previous bake that were not used are dropped. */
    void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(used.size());
            for (Map.Entry<String, String> entry : used.entrySet()) {
                out.write(entry.getKey().getBytes(StandardCharsets.US_ASCII));
                byte[] html = entry.getValue().getBytes(StandardCharsets.UTF_8);
                out.writeInt(html.length);
                out.write(html);
            }
        }
        Manifest.writeChecked(file, bytes.toByteArray());
    }

    /** @throws CacheDamage see {@link Manifest#readChecked} */
    static Map<String, String> read(Path file, Path root) throws CacheDamage {
        byte[] body = Manifest.readChecked(file, root).orElse(null);
        if (body == null) {
            return Map.of();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            if (in.readInt() != MAGIC) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, String> fragments = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String key = new String(in.readNBytes(64), StandardCharsets.US_ASCII);
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    return Map.of();
                }
                fragments.put(key, new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
            return in.available() == 0 ? fragments : Map.of();
        } catch (IOException e) {
            // Intact, but in another build's format: only costs rendering the fragments again.
            return Map.of();
        }
    }
}
