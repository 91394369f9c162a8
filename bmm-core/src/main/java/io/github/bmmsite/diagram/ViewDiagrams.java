package io.github.bmmsite.diagram;

import io.github.bmmsite.notation.Diagram;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;

import java.util.Optional;

/**
 * The drawings of a view: the architecture model's own layout when it has one, else a layout by
 * group five boxes wide; and, for phones, a layout two boxes wide, whose names stay legible when
 * the page scales the drawing down to a narrow screen.
 */
public final class ViewDiagrams {

    static final AutoLayout WIDE = new AutoLayout(5, 168);
    static final AutoLayout NARROW = new AutoLayout(2, 156);

    private ViewDiagrams() {
    }

    /**
     * @param wide   for screens of tablet width and more
     * @param narrow for phones; empty when the wide drawing is no wider than a phone's
     * @param fromModel whether the wide drawing is the architecture model's layout
     */
    public record Drawings(Diagram wide, Optional<Diagram> narrow, boolean fromModel) {
    }

    /** Whether the view has a drawing ({@link #of} is not empty), without laying it out. */
    public static boolean exist(SiteModel model, View view) {
        return !view.elementKeys().isEmpty() || model.diagram(view.slug()).filter(d -> !d.boxes().isEmpty()).isPresent();
    }

    /** Empty when the view has no elements to draw. */
    public static Optional<Drawings> of(SiteModel model, View view) {
        Optional<Diagram> fromModel = model.diagram(view.slug()).filter(d -> !d.boxes().isEmpty());
        if (view.elementKeys().isEmpty()) {
            return fromModel.map(wide -> new Drawings(wide, Optional.empty(), true));
        }
        Diagram narrow = NARROW.layout(model, view);
        Diagram wide = fromModel.orElseGet(() -> WIDE.layout(model, view));
        return Optional.of(new Drawings(wide, wide.width() <= narrow.width() ? Optional.empty() : Optional.of(narrow),
                fromModel.isPresent()));
    }
}
