package io.github.bmmsite.index;

import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.link.Summary;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the site's search finds: every element, group, view and document with text of its own, as
 * plain text (code, name, type, group, description), in model order, so that the search data of
 * two bakes is identical. {@link SearchIndex} makes the search data of it.
 */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    public static List<SearchDocument> of(Links links, Messages messages) {
        SiteModel model = links.model();
        // In parallel, in the model's order: the index stage otherwise leaves a core idle.
        List<SearchDocument> documents = new ArrayList<>(model.elements().parallelStream().map(element -> {
            List<String> pending = new ArrayList<>(Summary.pending(links, element.description()));
            element.otherDescriptions().forEach(other -> pending.addAll(Summary.pending(links, other.description())));
            List<String> groups = model.groupsOf(element.key()).stream().map(Group::name).toList();
            return new SearchDocument(SitePaths.of(element), messages.text("search.kind.element"),
                    element.code(), Placeholders.plain(element.name()),
                    element.type().map(type -> messages.elementType(type.name())),
                    groups.isEmpty() ? Optional.empty() : Optional.of(Placeholders.plain(String.join(", ", groups))),
                    Summary.allText(element, links), marked(element.name(), pending));
        }).toList());
        for (Group group : model.groups()) {
            documents.add(document(SitePaths.of(group), messages.text("search.kind.group"), group.name(),
                    messages.count("count.elements", group.memberKeys().size()), List.of()));
        }
        for (View view : model.views()) {
            documents.add(document(SitePaths.of(view), messages.text("search.kind.view"), view.label(),
                    Summary.text(links, view.introduction()), Summary.pending(links, view.introduction())));
        }
        for (ExportedDocument exported : model.documents()) {
            if (exported.hasOwnText()) {
                documents.add(document(SitePaths.of(exported), messages.text("search.kind.document"),
                        exported.title(),
                        Summary.text(links, exported.ownText()), Summary.pending(links, exported.ownText())));
            }
        }
        return documents;
    }

    /**
     * @param name as the model holds it, a pending placeholder written {@code $NAME}
     * @param pending the placeholders without value in the text, which the results page marks
     */
    private static SearchDocument document(String uri, String kind, String name, String text, List<String> pending) {
        return new SearchDocument(uri, kind, Optional.empty(), Placeholders.plain(name), Optional.empty(),
                Optional.empty(), text, marked(name, pending));
    }

    private static List<String> marked(String name, List<String> pending) {
        Set<String> marked = new LinkedHashSet<>(Placeholders.pending(name));
        marked.addAll(pending);
        return List.copyOf(marked);
    }
}
