package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A view's figure written on its own line but right after a line of text, with no blank line
 * between: Markdown makes the two lines one paragraph, so the image would show inline. When the
 * image's {@code fig:} id is a view's, its line is lifted out into a paragraph of its own, the
 * figure it was meant to be; the text around it stays where it was.
 */
final class FigureParagraphs {

    private static final String FIGURE_PREFIX = "fig:";

    private FigureParagraphs() {
    }

    /**
     * Lifts the view figures of the document's top-level paragraphs out of them.
     *
     * @param isViewId whether a figure id (without {@code fig:}) is a view's
     * @return the images lifted out
     */
    static List<Image> lift(Document document, Predicate<String> isViewId) {
        List<Image> lifted = new ArrayList<>();
        List<Node> paragraphs = new ArrayList<>();
        document.getChildren().forEach(block -> {
            if (block instanceof Paragraph && PandocNodes.figureImage(block).isEmpty()) {
                paragraphs.add(block);
            }
        });
        for (Node paragraph : paragraphs) {
            Node child = paragraph.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                if (child instanceof Image image && startsALine(image) && viewFigureId(image).filter(isViewId).isPresent()) {
                    Optional<Node> lineEnd = endOfLine(image);
                    if (lineEnd.isPresent() || lastOfParagraph(image)) {
                        split((Paragraph) paragraph, image, lineEnd);
                        lifted.add(image);
                        break;
                    }
                }
                child = next;
            }
        }
        return lifted;
    }

    private static Optional<String> viewFigureId(Image image) {
        return PandocNodes.attributesOf(image).flatMap(PandocAttributes::id)
                .filter(id -> id.startsWith(FIGURE_PREFIX)).map(id -> id.substring(FIGURE_PREFIX.length()));
    }

    private static boolean startsALine(Image image) {
        return image.getPrevious() instanceof SoftLineBreak || image.getPrevious() instanceof HardLineBreak;
    }

    /** The image's last node on its line: its attribute set, or the image. */
    private static Node lastOnLine(Image image) {
        Node next = image.getNext();
        while (next != null && !(next instanceof AttributesNode) && next.getChars().isEmpty()) {
            next = next.getNext();
        }
        return next instanceof AttributesNode ? next : image;
    }

    private static boolean lastOfParagraph(Image image) {
        Node after = lastOnLine(image).getNext();
        while (after != null && after.getChars().isBlank() && !(after instanceof SoftLineBreak)) {
            after = after.getNext();
        }
        return after == null;
    }

    /** The line break right after the image's line, when text follows on the next line. */
    private static Optional<Node> endOfLine(Image image) {
        Node after = lastOnLine(image).getNext();
        while (after != null && !(after instanceof SoftLineBreak || after instanceof HardLineBreak)) {
            if (!after.getChars().isBlank()) {
                return Optional.empty();
            }
            after = after.getNext();
        }
        return Optional.ofNullable(after);
    }

    /** The paragraph up to the line before the image, the image's line, and the lines after it if any. */
    private static void split(Paragraph paragraph, Image image, Optional<Node> lineEnd) {
        Node breakBefore = image.getPrevious();
        Node lastOfFigure = lineEnd.map(Node::getPrevious).orElse(paragraph.getLastChild());
        Paragraph figure = paragraphOf(image, lastOfFigure);
        Paragraph after = null;
        if (lineEnd.isPresent() && lineEnd.get().getNext() != null) {
            after = paragraphOf(lineEnd.get().getNext(), paragraph.getLastChild());
        }
        lineEnd.ifPresent(Node::unlink);
        breakBefore.unlink();
        paragraph.setChars(paragraph.getChars().baseSubSequence(paragraph.getStartOffset(),
                paragraph.getLastChild().getEndOffset()));
        paragraph.insertAfter(figure);
        if (after != null) {
            figure.insertAfter(after);
        }
    }

    /** A new paragraph holding the nodes from {@code first} to {@code last}, moved out of theirs. */
    private static Paragraph paragraphOf(Node first, Node last) {
        Paragraph paragraph = new Paragraph(first.getChars().baseSubSequence(first.getStartOffset(), last.getEndOffset()));
        Node node = first;
        while (node != null) {
            Node next = node == last ? null : node.getNext();
            node.unlink();
            paragraph.appendChild(node);
            node = next;
        }
        return paragraph;
    }
}
