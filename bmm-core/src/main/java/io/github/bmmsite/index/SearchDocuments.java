package io.github.bmmsite.index;

import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            Map<String, Object> document = document(SitePaths.of(element), "Elemento", element.name(),
                    Summary.allText(element, links));
            element.code().ifPresent(code -> document.put("code", code));
            element.type().ifPresent(type -> document.put("type", type.label()));
            List<String> groups = model.groupsOf(element.key()).stream().map(Group::name).toList();
            if (!groups.isEmpty()) {
                document.put("group", String.join(", ", groups));
            }
            documents.add(document);
        }
        for (Group group : model.groups()) {
            documents.add(document(SitePaths.of(group), "Grupo", group.name(),
                    group.memberKeys().size() + " elementos"));
        }
        for (View view : model.views()) {
            documents.add(document(SitePaths.of(view), "Vista", view.label(),
                    Summary.text(links, view.introduction())));
        }
        for (ExportedDocument exported : model.documents()) {
            if (exported.hasOwnText()) {
                documents.add(document(SitePaths.of(exported), "Documento", exported.title(),
                        Summary.text(links, exported.ownText())));
            }
        }
        return documents;
    }

    private static Map<String, Object> document(String uri, String kind, String name, String text) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("uri", uri);
        document.put("kind", kind);
        document.put("name", name);
        document.put("text", text);
        return document;
    }
}
