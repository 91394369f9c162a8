package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Questions about the syntax tree that several stages ask, answered one way. */
public final class PandocNodes {

    /** A LaTeX page break, which pandoc passes to PDF output only. */
    private static final Pattern TEX_PAGE_BREAK =
            Pattern.compile("\\s*+\\\\(?:newpage|pagebreak|clearpage|cleardoublepage)");
    /** A piece of HTML the export writes only to break pages or add vertical space in print. */
    private static final Pattern PRINT_ONLY_HTML = Pattern.compile(
            "\\s*+(?:<br\\s*/?>|<div\\s+style=\"\\s*page-break-(?:before|after|inside)\\s*:\\s*\\w+;?\\s*\"\\s*>"
                    + "|</div>|<!--.*?-->)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s*");

    /**
     * The export's mark after a view's name: {@code # Situación actual (view)}. Tried only where a
     * run of spaces starts, so that a long run costs its length.
     */
    private static final Pattern VIEW_MARK = Pattern.compile("(?<!\\s)\\s*+\\((?i:view)\\)\\s*+$");

    /** What opens a pandoc table caption: {@code :} or {@code Table:}, then a space. */
    private static final Pattern TABLE_CAPTION = Pattern.compile("(?:[Tt]able)?:[ \\t]+");

    private PandocNodes() {
    }

    /** The text of blocks as a reader sees it, on one line, leaving out print-only blocks. */
    public static String plainText(List<Node> blocks) {
        StringBuilder text = new StringBuilder();
        for (Node block : blocks) {
            if (!isPrintOnly(block)) {
                text.append(plainText(block).strip()).append(' ');
            }
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    /** The text of a node as a reader sees it, without markup or attribute sets. */
    public static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        appendPlainText(node, text);
        return text.toString();
    }

    private static void appendPlainText(Node node, StringBuilder text) {
        if (node instanceof Text && endsAnAnchorLink(node)) {
            text.append(VIEW_MARK.matcher(node.getChars().unescape()).replaceFirst(""));
        } else if (node instanceof Text || node instanceof HtmlEntity) {
            text.append(node.getChars().unescape());
        } else if (node instanceof Code code) {
            text.append(code.getText().unescape());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else if (node instanceof CrossReference || node instanceof LinkRef ref && !ref.isDefined()) {
            // Brackets without a link definition are plain text to the reader.
            text.append(node.getChars().unescape());
        } else if (node instanceof Paragraph || node instanceof TableCell) {
            // A reader sees paragraphs and cells apart; the row of dashes under a table's header is no text.
            if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.append(' ');
            }
            if (hasRawHtml(node)) {
                text.append(textAroundRawHtml(node));
            } else {
                node.getChildren().forEach(child -> appendPlainText(child, text));
            }
        } else if (hasRawHtml(node)) {
            text.append(textAroundRawHtml(node));
        } else if (!(node instanceof AttributesNode || node instanceof TableSeparator)) {
            for (Node child : node.getChildren()) {
                appendPlainText(child, text);
            }
        }
    }

    private static boolean hasRawHtml(Node node) {
        for (Node child : node.getChildren()) {
            if (child instanceof HtmlInline) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of inline content that holds raw HTML as a browser reads it, so that the words of a
     * {@code <script>} or {@code <style>} between two pieces of text are no text (the sanitiser
     * removes them from the page; this keeps them out of titles, search data, open data and
     * descriptions too). What the tags enclose otherwise is text, as on the page.
     */
    private static String textAroundRawHtml(Node node) {
        StringBuilder html = new StringBuilder();
        for (Node child : node.getChildren()) {
            html.append(child instanceof HtmlInline ? child.getChars() : Entities.escape(plainText(child)));
        }
        return Jsoup.parseBodyFragment(html.toString()).body().text();
    }

    /** A view's name without the export's {@code (view)} mark after it. */
    public static String withoutViewMark(String text) {
        return VIEW_MARK.matcher(text.strip()).replaceFirst("");
    }

    /** Whether a text (a heading's) ends with the export's {@code (view)} mark. */
    public static boolean endsWithViewMark(String text) {
        return VIEW_MARK.matcher(text).find();
    }

    /**
     * Whether a text is the last of a link within its document ({@code [… (view)](#…-view)}, as in a
     * table of contents): the {@code (view)} mark at its end is left out, as the view's page leaves it out.
     */
    public static boolean endsAnAnchorLink(Node text) {
        Node link = text.getParent();
        return link instanceof Link anchor && anchor.getUrl().startsWith("#")
                && text.getNext() == null;
    }

    /**
     * Whether a block only instructs the printer ({@code \newpage}, a page-break {@code div}, a
     * stray {@code <br>}) or is empty (a {@code >} with nothing quoted): such blocks are not
     * shown on the web.
     */
    public static boolean isPrintOnly(Node block) {
        if (block instanceof HtmlCommentBlock) {
            return true;
        }
        if (block instanceof HtmlBlock) {
            return consistsOf(PRINT_ONLY_HTML, block.getChars());
        }
        if (block instanceof Paragraph) {
            return consistsOf(TEX_PAGE_BREAK, plainText(block));
        }
        if (block instanceof BlockQuote) {
            for (Node child : block.getChildren()) {
                if (!isPrintOnly(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether {@code text} is one or more {@code piece}s and white space, matched one piece at a
     * time: a regular expression that repeats a group recurses once per repetition, so a long run
     * of pieces would overflow the stack.
     */
    private static boolean consistsOf(Pattern piece, CharSequence text) {
        Matcher matcher = piece.matcher(text);
        int end = 0;
        while (matcher.region(end, text.length()).lookingAt()) {
            end = matcher.end();
        }
        return end > 0 && WHITE_SPACE.matcher(text).region(end, text.length()).matches();
    }

    /** The image of a paragraph that holds nothing else: pandoc turns it into a figure. */
    public static Optional<Image> figureImage(Node block) {
        if (!(block instanceof Paragraph)) {
            return Optional.empty();
        }
        Image image = null;
        boolean attributesSeen = false;
        for (Node child : block.getChildren()) {
            if (child instanceof Image found && image == null) {
                image = found;
            } else if (child instanceof AttributesNode && image != null && !attributesSeen) {
                attributesSeen = true;
            } else if (!(child instanceof SoftLineBreak) && !child.getChars().isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(image);
    }

    /**
     * A pandoc table caption: a paragraph {@code : Caption {#tbl:id}} (or {@code Table: …}) right
     * before or after a table.
     */
    public static boolean isTableCaption(Node block) {
        return block instanceof Paragraph
                && TABLE_CAPTION.matcher(block.getChars()).lookingAt()
                && (block.getNext() instanceof TableBlock || block.getPrevious() instanceof TableBlock);
    }

    /** The caption of a table: the caption paragraph after it, else the one before it. */
    public static Optional<Paragraph> tableCaption(TableBlock table) {
        if (table.getNext() instanceof Paragraph after && isTableCaption(after)) {
            return Optional.of(after);
        }
        if (table.getPrevious() instanceof Paragraph before && isTableCaption(before)
                && !(before.getPrevious() instanceof TableBlock)) {
            return Optional.of(before);
        }
        return Optional.empty();
    }

    /** How long the {@code : } or {@code Table: } that opens a caption is, in a caption's text. */
    public static int captionPrefixLength(CharSequence captionText) {
        Matcher prefix = TABLE_CAPTION.matcher(captionText);
        return prefix.lookingAt() ? prefix.end() : 0;
    }

    /** The attribute set at the end of a table caption: {@code {#tbl:id}}. */
    public static Optional<PandocAttributes> captionAttributes(Paragraph caption) {
        Node candidate = caption.getLastChild();
        while (candidate instanceof Text && candidate.getChars().isBlank()) {
            candidate = candidate.getPrevious();
        }
        return candidate instanceof AttributesNode attributes ? Optional.of(attributes.attributes()) : Optional.empty();
    }

    /** The attribute set written right after an image, or at the end of a heading. */
    public static Optional<PandocAttributes> attributesOf(Node node) {
        Node candidate = node instanceof Heading ? node.getLastChild() : node.getNext();
        while (candidate instanceof Text && candidate.getChars().isEmpty()) {
            candidate = candidate.getNext();
        }
        return candidate instanceof AttributesNode attributes ? Optional.of(attributes.attributes()) : Optional.empty();
    }
}
