package io.github.bmmsite.index;

import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.link.Summary;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the site's search finds: every element, group, view and document with text of its own, as
 * plain text (code, name, type, group, description), in model order, so that the search data of
 * two bakes is identical. The search page turns it into a lunr index in the browser.
 */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    public static List<Map<String, Object>> of(Links links) {
        SiteModel model = links.model();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Element element : model.elements()) {
            List<String> pending = new ArrayList<>(Summary.pending(links, element.description()));
            element.otherDescriptions().forEach(other -> pending.addAll(Summary.pending(links, other.description())));
            Map<String, Object> document = document(SitePaths.of(element), "Elemento", element.name(),
                    Summary.allText(element, links), pending);
            element.code().ifPresent(code -> document.put("code", code));
            element.type().ifPresent(type -> document.put("type", type.label()));
            List<String> groups = model.groupsOf(element.key()).stream().map(Group::name).toList();
            if (!groups.isEmpty()) {
                document.put("group", Placeholders.plain(String.join(", ", groups)));
            }
            documents.add(document);
        }
        for (Group group : model.groups()) {
            documents.add(document(SitePaths.of(group), "Grupo", group.name(),
                    group.memberKeys().size() + " elementos", List.of()));
        }
        for (View view : model.views()) {
            documents.add(document(SitePaths.of(view), "Vista", view.label(),
                    Summary.text(links, view.introduction()), Summary.pending(links, view.introduction())));
        }
        for (ExportedDocument exported : model.documents()) {
            if (exported.hasOwnText()) {
                documents.add(document(SitePaths.of(exported), "Documento", exported.title(),
                        Summary.text(links, exported.ownText()), Summary.pending(links, exported.ownText())));
            }
        }
        return documents;
    }

    /**
     * @param name as the model holds it, a pending placeholder written {@code $NAME}
     * @param pending the placeholders without value in the text, which the results page marks
     */
    private static Map<String, Object> document(String uri, String kind, String name, String text,
                                                List<String> pending) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("uri", uri);
        document.put("kind", kind);
        document.put("name", Placeholders.plain(name));
        document.put("text", text);
        Set<String> marked = new LinkedHashSet<>(Placeholders.pending(name));
        marked.addAll(pending);
        if (!marked.isEmpty()) {
            document.put("pending", List.copyOf(marked));
        }
        return document;
    }
}
