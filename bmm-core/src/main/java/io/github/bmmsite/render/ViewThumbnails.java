package io.github.bmmsite.render;

import io.github.bmmsite.diagram.Thumbnail;
import io.github.bmmsite.diagram.ViewDiagrams;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.write.OutputFile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The thumbnail of every view that has a drawing ({@link SitePaths#thumbnailOf}), which the cards of
 * the home and document pages show: a file of its own, so that a page of many cards stays small.
 */
public final class ViewThumbnails {

    private ViewThumbnails() {
    }

    /** In the order of the views. */
    public static List<OutputFile> files(SiteModel model) {
        return model.views().parallelStream()
                .flatMap(view -> ViewDiagrams.of(model, view).stream().map(drawings -> (OutputFile) new OutputFile.Bytes(
                        SitePaths.thumbnailOf(view), Thumbnail.svg(drawings.wide()).getBytes(StandardCharsets.UTF_8))))
                .toList();
    }
}
