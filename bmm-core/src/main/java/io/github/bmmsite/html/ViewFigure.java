package io.github.bmmsite.html;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import freemarker.template.TemplateModel;
import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.TemplateEngine;
import io.github.bmmsite.link.ImageTarget;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.Figure;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.model.View;
import io.github.bmmsite.parse.PandocAttributes;
import io.github.bmmsite.parse.PandocNodes;

import java.util.List;
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

    /** The view's introduction split around its figure. */
    public record Split(
            @Doc("the introduction before the figure") TemplateModel before,
            @Doc("the introduction after the figure") TemplateModel after,
            @Doc("the figure") NumberedFigure figure) {
    }

    /** The view's figure in its introduction. */
    public record NumberedFigure(
            @Doc("the figure's id") String id,
            @Doc("its number") int number,
            @Doc("whether its image is there to show") boolean imageAvailable,
            @Doc("the image as the document wrote it, when it is missing") Optional<String> missingImage,
            @Doc("the figure as the document has it") TemplateModel html,
            @Doc("its caption") TemplateModel caption) {
    }

    public ViewFigure(Links links, FragmentRenderer fragments) {
        this.links = links;
        this.fragments = fragments;
    }

    /** The three parts, or nothing when the introduction holds no numbered figure. */
    public Optional<Split> around(View view) {
        List<Node> blocks = view.introduction().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Optional<Image> image = PandocNodes.figureImage(blocks.get(i));
            Optional<Figure> figure = image.flatMap(PandocNodes::attributesOf).flatMap(PandocAttributes::id)
                    .flatMap(id -> links.figure(image.get(), id));
            if (figure.isEmpty() || !image.get().hasChildren()) {
                continue;
            }
            Fragment introduction = view.introduction();
            ImageTarget target = links.image(image.get());
            Optional<String> missingImage = target instanceof ImageTarget.Unavailable missing
                    ? Optional.of(missing.written()) : Optional.empty();
            return Optional.of(new Split(html(introduction.part(blocks.subList(0, i))),
                    html(introduction.part(blocks.subList(i + 1, blocks.size()))),
                    new NumberedFigure(figure.get().id(), figure.get().number(),
                            target instanceof ImageTarget.Local, missingImage,
                            html(introduction.part(List.of(blocks.get(i)))),
                            TemplateEngine.markup(fragments.renderChildrenAgain(image.get(), view.introduction())))));
        }
        return Optional.empty();
    }

    private TemplateModel html(Fragment fragment) {
        return TemplateEngine.markup(fragments.renderAgain(fragment));
    }
}
