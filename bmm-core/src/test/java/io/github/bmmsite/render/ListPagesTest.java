package io.github.bmmsite.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a list is cut into pages, where each page lives, and which pages each one links to. */
class ListPagesTest {

    private static final String GROUP = "grupos/objetivos.html";

    @Test
    void anEmptyListIsOneEmptyPageWithoutNavigation() {
        ListPages pages = new ListPages(GROUP, 0, 50);

        assertThat(pages.count()).isEqualTo(1);
        assertThat(pages.entries(List.of(), 1)).isEmpty();
        assertThat(pages.pagination(1)).isEmpty();
    }

    @Test
    void oneEntryIsOnePageAtTheListsOwnAddress() {
        ListPages pages = new ListPages(GROUP, 1, 50);

        assertThat(pages.count()).isEqualTo(1);
        assertThat(pages.entries(List.of("O1"), 1)).containsExactly("O1");
        assertThat(pages.uri(1)).isEqualTo(GROUP);
        assertThat(pages.pagination(1)).isEmpty();
    }

    @Test
    void aListOfExactlyOnePageSizeIsOnePage() {
        List<Integer> entries = numbers(50);
        ListPages pages = new ListPages(GROUP, 50, 50);

        assertThat(pages.count()).isEqualTo(1);
        assertThat(pages.entries(entries, 1)).isEqualTo(entries);
        assertThat(pages.pagination(1)).isEmpty();
    }

    @Test
    void anExactMultipleFillsEveryPage() {
        List<Integer> entries = numbers(100);
        ListPages pages = new ListPages(GROUP, 100, 50);

        assertThat(pages.count()).isEqualTo(2);
        assertThat(pages.entries(entries, 1)).isEqualTo(numbers(50));
        assertThat(pages.entries(entries, 2)).first().isEqualTo(50);
        assertThat(pages.entries(entries, 2)).hasSize(50).last().isEqualTo(99);
    }

    @Test
    void oneEntryMoreMakesALastPageOfOne() {
        List<Integer> entries = numbers(101);
        ListPages pages = new ListPages(GROUP, 101, 50);

        assertThat(pages.count()).isEqualTo(3);
        assertThat(pages.entries(entries, 2)).hasSize(50).first().isEqualTo(50);
        assertThat(pages.entries(entries, 3)).containsExactly(100);
    }

    @Test
    void pagesAfterTheFirstLiveBesideIt() {
        ListPages pages = new ListPages(GROUP, 101, 50);

        assertThat(IntStream.rangeClosed(1, 3).mapToObj(pages::uri)).containsExactly(GROUP,
                "grupos/objetivos.pagina-2.html", "grupos/objetivos.pagina-3.html");
    }

    @Test
    void aPageLinksToItsNeighboursTheFirstAndTheLast() {
        ListPages pages = new ListPages(GROUP, 1000, 100);

        Pagination middle = pages.pagination(5).orElseThrow();
        assertThat(middle.number()).isEqualTo(5);
        assertThat(middle.count()).isEqualTo(10);
        assertThat(middle.previous()).contains("grupos/objetivos.pagina-4.html");
        assertThat(middle.next()).contains("grupos/objetivos.pagina-6.html");
        assertThat(middle.pages()).extracting(Pagination.PageLink::number).containsExactly(1, 3, 4, 5, 6, 7, 10);
        assertThat(middle.pages()).extracting(Pagination.PageLink::afterGap)
                .containsExactly(false, true, false, false, false, false, true);
        assertThat(middle.pages().get(0).uri()).isEqualTo(GROUP);

        Pagination first = pages.pagination(1).orElseThrow();
        assertThat(first.previous()).isEmpty();
        assertThat(first.next()).contains("grupos/objetivos.pagina-2.html");
        assertThat(first.pages()).extracting(Pagination.PageLink::number).containsExactly(1, 2, 3, 10);

        Pagination last = pages.pagination(10).orElseThrow();
        assertThat(last.previous()).contains("grupos/objetivos.pagina-9.html");
        assertThat(last.next()).isEmpty();
        assertThat(last.pages()).extracting(Pagination.PageLink::number).containsExactly(1, 8, 9, 10);
    }

    @Test
    void theNavigationStaysTheSameSizeHoweverLongTheList() {
        ListPages pages = new ListPages(GROUP, 1_000_000, 1);

        assertThat(pages.count()).isEqualTo(1_000_000);
        assertThat(pages.pagination(500_000).orElseThrow().pages()).hasSize(7);
    }

    @Test
    void refusesPagesThatAreNotThere() {
        ListPages pages = new ListPages(GROUP, 101, 50);

        assertThatThrownBy(() -> pages.entries(numbers(101), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pages.entries(numbers(101), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pages.pagination(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListPages(GROUP, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> numbers(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
