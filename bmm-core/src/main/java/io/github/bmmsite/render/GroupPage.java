package io.github.bmmsite.render;

import freemarker.template.TemplateModel;
import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;
import java.util.Optional;

/**
 * {@code group.ftl}: a group's elements with their descriptions, and its matrices; a group of more
 * elements than a page shows ({@code bmm.pageSize}) has a page for each slice of them.
 */
public record GroupPage(
        @Inline PageInfo page,
        @Doc("the group") GroupRef group,
        @Doc("its elements on this page, in its order") List<Member> elements,
        @Doc("a summary of the page in plain text, for its meta description") String description,
        @Doc("on its first page, the alignment matrices whose rows or columns are its elements, when there are any;"
                + " at most as many as a page of a list shows (bmm.pageSize)") Optional<List<InvolvedMatrix>> matrices,
        @Doc("how many matrices its elements take part in") int matrixCount,
        @Doc("the page that lists all those matrices, when they are more than it shows") Optional<String> allMatrices,
        @Doc("the other pages of its elements, when they take more than one") Optional<Pagination> pagination)
        implements PageContent {

    /** An element of the group, with its description. */
    public record Member(
            @Inline ElementRef element,
            @Doc("the element's description") TemplateModel description,
            @Doc("the other views that describe the element differently") List<ViewRef> otherDescriptionViews) {
    }

    /** A matrix the group takes part in. */
    public record InvolvedMatrix(
            @Inline MatrixRef matrix,
            @Doc("whether the group's elements are the matrix's rows (else its columns)") boolean asRows) {
    }
}
