package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;
import io.github.bmmsite.html.ViewFigure;

import java.util.List;
import java.util.Optional;

/**
 * {@code content.diagram} of a view page, read by {@code diagram.ftl}: every coordinate is
 * computed; the template only writes markup. Numbers given as text have at most one decimal. What
 * many shapes share is said once: the drawing's font size, each type icon, the outline and icon of
 * boxes of one size and type, the style of a run of lines of one type, the layer of a run of boxes.
 */
public record ViewDiagram(
        @Inline Optional<ViewFigure.Split> around,
        @Doc("the drawing's accessible name") String title,
        @Doc("what the drawing shows, in words") String description,
        @Doc("whether it is the model's own layout (else laid out here)") boolean fromModel,
        @Doc("the drawing, and a narrow one for small screens when the view has one") List<Drawing> drawings,
        @Doc("the relations drawn, as sentences, each once") List<Sentence> relations,
        @Doc("the element and relationship types the drawing uses") Legend legend) {

    /** One drawing, in the order it is painted. */
    public record Drawing(
            @Doc("wide, narrow, or only") String variant,
            @Doc("the drawing's id") String id,
            @Doc("the font size of the names of boxes, unless a box gives its own") String fontSize,
            @Doc("the type icons it draws, each defined once") List<String> icons,
            @Doc("the outline and icon of its element boxes, each size and type defined once") List<Figure> figures,
            @Doc("frames of groups and containers, under the lines") List<Frame> frames,
            @Doc("the lines, in runs of one relationship type") List<LineRun> lines,
            @Doc("names of groups and containers, over the lines") List<Label> labels,
            @Doc("the other boxes: elements, notes and junctions, in runs of one layer") List<LeafRun> boxes,
            @Doc("the lines' names") List<LineLabel> lineLabels,
            @Doc("the view box's left") int x,
            @Doc("the view box's top") int y,
            @Doc("the view box's width") int width,
            @Doc("the view box's height") int height) {
    }

    /** What is drawn under the lines. */
    public sealed interface Frame permits GroupFrame, ContainerFrame {
    }

    /** What is drawn over the lines: names. */
    public sealed interface Label permits GroupLabel, ContainerLabel {
    }

    /** A box with nothing inside. */
    public sealed interface Leaf permits ElementBox, NoteBox, JunctionBox {
    }

    /** A box's place. */
    public record Bounds(
            @Doc("left") int x,
            @Doc("top") int y,
            @Doc("width") int width,
            @Doc("height") int height) {
    }

    /** What element boxes and containers share. */
    public record Shape(
            @Inline Bounds bounds,
            @Doc("the element's page, when it has one") Optional<String> uri,
            @Doc("the accessible name: the element's title and type") String name,
            @Doc("the layer, which gives the colour") String layer,
            @Doc("rectangle, rounded, beveled…") String outline,
            @Doc("the outline's path, for a beveled outline") Optional<String> path,
            @Doc("the type's icon, when it has one") Optional<String> icon,
            @Doc("the icon's left") Optional<Integer> iconX,
            @Doc("the icon's top") Optional<Integer> iconY) {
    }

    /** The outline and icon of element boxes of one size and type, placed at each box's top left. */
    public record Figure(
            @Doc("its id, which boxes refer to") String id,
            @Doc("rectangle, rounded, beveled…") String outline,
            @Doc("width") int width,
            @Doc("height") int height,
            @Doc("the outline's path from its top left, for a beveled outline") Optional<String> path,
            @Doc("the type's icon, when it has one") Optional<String> icon,
            @Doc("the icon's left, from the box's") Optional<Integer> iconX,
            @Doc("the icon's top, from the box's") Optional<Integer> iconY) {
    }

    /** A line of a box's name. */
    public record TextLine(
            @Doc("its baseline") String y,
            @Doc("the code in bold at its start, when the name starts with the element's code") Optional<String> strong,
            @Doc("its text (after the code)") String text) {
    }

    /** A Grouping's or visual group's frame. */
    public record GroupFrame(
            @Doc("grouping or group") String kind,
            @Doc("the frame's path, under the tab") String bodyPath) implements Frame {
    }

    /** A group's name in its tab. */
    public record GroupLabel(
            @Doc("grouping or group") String kind,
            @Doc("the group's page, when the site has one") Optional<String> uri,
            @Doc("the tab's path") String tabPath,
            @Doc("the left of the text") int textX,
            @Doc("the name's lines") List<TextLine> lines,
            @Doc("the group's name") String name) implements Label {
    }

    /** An element drawn holding others: its figure. */
    public record ContainerFrame(
            @Inline Shape shape,
            @Doc("container") String kind) implements Frame {
    }

    /** An element drawn holding others: its name at its top left. */
    public record ContainerLabel(
            @Inline Shape shape,
            @Doc("container") String kind,
            @Doc("the name's background's left") int labelX,
            @Doc("the name's background's top") int labelY,
            @Doc("the name's background's width") String labelWidth,
            @Doc("the name's background's height") String labelHeight,
            @Doc("the font size, when not the drawing's") Optional<String> fontSize,
            @Doc("the left of the text") int textX,
            @Doc("the name's lines") List<TextLine> lines) implements Label {
    }

    /** An element's box. */
    public record ElementBox(
            @Inline Shape shape,
            @Doc("element") String kind,
            @Doc("the id of its outline and icon among the drawing's figures") String figure,
            @Doc("the font size, when not the drawing's") Optional<String> fontSize,
            @Doc("the box's centre") String cx,
            @Doc("the name's lines") List<TextLine> lines) implements Leaf {
    }

    /** A note: its text at the top left, in a box with a folded corner. */
    public record NoteBox(
            @Inline Bounds bounds,
            @Doc("note") String kind,
            @Doc("the outline's points") String points,
            @Doc("the folded corner's path") String fold,
            @Doc("the font size") String fontSize,
            @Doc("the left of the text") int textX,
            @Doc("the text's lines") List<TextLine> lines,
            @Doc("the web address the note is, when it is one") Optional<String> uri,
            @Doc("the note's text") String name) implements Leaf {
    }

    /** A junction: a dot, filled for "and", hollow for "or". */
    public record JunctionBox(
            @Doc("junction") String kind,
            @Doc("whether it is an \"or\" junction") boolean or,
            @Doc("the centre's x") String cx,
            @Doc("the centre's y") String cy,
            @Doc("the radius") String r) implements Leaf {
    }

    /** How lines of a relationship type are drawn; the stylesheet gives each type's dash pattern. */
    public record LineStyle(
            @Doc("the relationship type's id") String type,
            @Doc("the mark at the start, when it has one") Optional<String> markerStart,
            @Doc("the mark at the end, when it has one") Optional<String> markerEnd) {
    }

    /** Lines of one relationship type drawn one after the other. */
    public record LineRun(
            @Inline LineStyle style,
            @Doc("the path of each line") List<String> paths) {
    }

    /** Boxes drawn one after the other, elements of one layer or boxes of no layer. */
    public record LeafRun(
            @Doc("the layer of its elements, which gives their colour; absent for notes and junctions")
            Optional<String> layer,
            @Doc("the boxes") List<Leaf> boxes) {
    }

    /** A line's name, on a background that hides the line under it. */
    public record LineLabel(
            @Doc("the name") String text,
            @Doc("the background's left") String x,
            @Doc("the background's top") String y,
            @Doc("the background's width") String width,
            @Doc("the background's height") String height,
            @Doc("the text's centre") String textX,
            @Doc("the text's baseline") String textY) {
    }

    /** A relation as a sentence ("OETI01 realiza O7"). */
    public record Sentence(
            @Doc("the element it goes from") End source,
            @Doc("the verb") String verb,
            @Doc("the element it goes to") End target,
            @Doc("how the drawing shows it, when not by a line between the two") Optional<String> note) {
    }

    /** An end of a sentence. */
    public record End(
            @Doc("the element's title, or the box's name") String title,
            @Doc("the element's page, when it has one") Optional<String> uri) {
    }

    /** What the drawing's colours, outlines and lines mean. */
    public record Legend(
            @Doc("the element types drawn") List<LegendType> types,
            @Doc("the type icons of their samples, each defined once") List<String> icons,
            @Doc("the kinds of junction drawn") List<LegendJunction> junctions,
            @Doc("the relationship types drawn") List<LegendRelation> relations) {
    }

    /** An element type in the legend. */
    public record LegendType(
            @Doc("the type's name in words") String label,
            @Doc("its layer") String layer,
            @Doc("its outline") String outline,
            @Doc("its icon, when it has one") Optional<String> icon) {
    }

    /** A kind of junction in the legend. */
    public record LegendJunction(
            @Doc("whether it is the \"or\" junction") boolean or,
            @Doc("its name") String label) {
    }

    /** A relationship type in the legend. */
    public record LegendRelation(
            @Inline LineStyle style,
            @Doc("its verb") String verb) {
    }
}
