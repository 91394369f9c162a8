package io.github.bmmsite.render;

import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.ModelView;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.Slugs;
import io.github.bmmsite.model.TreeOrder;
import io.github.bmmsite.model.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The views of the site in the architecture model's folders, as Archi's model tree lists them
 * (folders and views by name): what the "Modelo" page shows, and the folders a view's breadcrumbs
 * pass through.
 */
final class ModelTree {

    /** A folder of the model tree: its views and its folders, each by name. */
    private record Folder(String name, String anchor, List<View> views, List<Folder> folders) {
        int count() {
            return views.size() + folders.stream().mapToInt(Folder::count).sum();
        }
    }

    private final Folder root;
    /** Views no view of the model matches (a document's view without figure, or of another model). */
    private final List<View> outside;
    private final Map<List<String>, String> anchors;

    private ModelTree(Folder root, List<View> outside, Map<List<String>, String> anchors) {
        this.root = root;
        this.outside = outside;
        this.anchors = anchors;
    }

    /** Empty when no view of the site is a view of an architecture model. */
    static Optional<ModelTree> of(SiteModel model) {
        if (model.views().stream().allMatch(view -> view.inModel().isEmpty())) {
            return Optional.empty();
        }
        TreeOrder names = new TreeOrder();
        Map<List<String>, List<View>> byFolder = new HashMap<>();
        List<View> outside = new ArrayList<>();
        for (View view : model.views()) {
            view.inModel().map(ModelView::folders).ifPresentOrElse(
                    folders -> byFolder.computeIfAbsent(folders, f -> new ArrayList<>()).add(view),
                    () -> outside.add(view));
        }
        Map<List<String>, String> anchors = new LinkedHashMap<>();
        Folder root = folder(List.of(), byFolder, names, new Slugs(), anchors);
        return Optional.of(new ModelTree(root, outside, anchors));
    }

    private static Folder folder(List<String> path, Map<List<String>, List<View>> byFolder, TreeOrder names,
                                 Slugs anchorNames, Map<List<String>, String> anchors) {
        String anchor = path.isEmpty() ? "" : "carpeta-" + anchorNames.unique(String.join(" ", path));
        anchors.put(path, anchor);
        Map<String, List<String>> children = new TreeMap<>(names);
        for (List<String> folder : byFolder.keySet()) {
            if (folder.size() > path.size() && folder.subList(0, path.size()).equals(path)) {
                children.putIfAbsent(folder.get(path.size()), folder.subList(0, path.size() + 1));
            }
        }
        List<View> views = new ArrayList<>(byFolder.getOrDefault(path, List.of()));
        views.sort(Comparator.comparing(View::label, names));
        List<Folder> folders = new ArrayList<>();
        children.values().forEach(child -> folders.add(folder(child, byFolder, names, anchorNames, anchors)));
        return new Folder(path.isEmpty() ? "" : path.get(path.size() - 1), anchor, views, folders);
    }

    /** {@code data.modelTree}: the top folder, with the count of every view, and the views in no folder. */
    SiteData.ModelTreeData data(Function<View, SiteData.CountedView> viewRef) {
        SiteData.ModelFolder top = folderData(root, viewRef);
        return new SiteData.ModelTreeData(new SiteData.ModelFolder(top.name(), top.anchor(),
                root.count() + outside.size(), top.views(), top.folders()), SitePaths.MODEL,
                outside.stream().map(viewRef).toList());
    }

    private SiteData.ModelFolder folderData(Folder folder, Function<View, SiteData.CountedView> viewRef) {
        return new SiteData.ModelFolder(folder.name(), folder.anchor(), folder.count(),
                folder.views().stream().map(viewRef).toList(),
                folder.folders().stream().map(f -> folderData(f, viewRef)).toList());
    }

    /** The steps of a view's breadcrumbs before the view: the Modelo page, then each of its folders. */
    List<ViewPage.Step> trail(View view) {
        List<ViewPage.Step> trail = new ArrayList<>(List.of(new ViewPage.Step(SitePaths.MODEL, "Modelo")));
        List<String> folders = view.inModel().map(ModelView::folders).orElse(List.of());
        for (int i = 1; i <= folders.size(); i++) {
            trail.add(new ViewPage.Step(SitePaths.MODEL + "#" + anchors.get(folders.subList(0, i)), folders.get(i - 1)));
        }
        return trail;
    }
}
