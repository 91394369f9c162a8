package io.github.bmmsite.html;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.engine.TemplateEngine;
import io.github.bmmsite.link.ImageTarget;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.Figure;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.model.View;
import io.github.bmmsite.parse.PandocAttributes;
import io.github.bmmsite.parse.PandocNodes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A view's introduction in three parts around its figure ({@code before}, {@code figure},
 * {@code after}), so that the view page can draw the view in place of a missing image, or offer
 * the drawing right after an existing one. The introduction was rendered whole before; its
 * problems were reported then.
 */
public final class ViewFigure {

    private final Links links;
    private final FragmentRenderer fragments;

    public ViewFigure(Links links, FragmentRenderer fragments) {
        this.links = links;
        this.fragments = fragments;
    }

    /** The three parts, or nothing when the introduction holds no numbered figure. */
    public Map<String, Object> around(View view) {
        List<Node> blocks = view.introduction().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Optional<Image> image = PandocNodes.figureImage(blocks.get(i));
            Optional<Figure> figure = image.flatMap(PandocNodes::attributesOf).flatMap(PandocAttributes::id)
                    .flatMap(id -> links.figure(image.get(), id));
            if (figure.isEmpty() || !image.get().hasChildren()) {
                continue;
            }
            Fragment introduction = view.introduction();
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("before", html(introduction.part(blocks.subList(0, i))));
            parts.put("after", html(introduction.part(blocks.subList(i + 1, blocks.size()))));
            Map<String, Object> figureParts = new LinkedHashMap<>();
            figureParts.put("id", figure.get().id());
            figureParts.put("number", figure.get().number());
            ImageTarget target = links.image(image.get());
            figureParts.put("imageAvailable", target instanceof ImageTarget.Local);
            if (target instanceof ImageTarget.Unavailable missing) {
                figureParts.put("missingImage", missing.written());
            }
            figureParts.put("html", html(introduction.part(List.of(blocks.get(i)))));
            figureParts.put("caption",
                    TemplateEngine.markup(fragments.renderChildrenAgain(image.get(), view.introduction())));
            parts.put("figure", figureParts);
            return parts;
        }
        return Map.of();
    }

    private Object html(Fragment fragment) {
        return TemplateEngine.markup(fragments.renderAgain(fragment));
    }
}
