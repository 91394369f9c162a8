package io.github.bmmsite.render;

import io.github.bmmsite.link.SitePaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A list cut into pages of at most {@code pageSize} entries ({@code bmm.pageSize}), as Hugo paginates:
 * page 1 at the list's own address, page n at {@link SitePaths#page}. An empty list has one page.
 *
 * @param uri the address of the list's first page
 * @param size how many entries the list has
 */
record ListPages(String uri, int size, int pageSize) {

    /** How many pages on each side of the current one the navigation links to, besides the first and last. */
    private static final int NEARBY = 2;

    ListPages {
        if (size < 0 || pageSize < 1) {
            throw new IllegalArgumentException("a list of " + size + " entries in pages of " + pageSize);
        }
    }

    int count() {
        return Math.max(1, (size + pageSize - 1) / pageSize);
    }

    String uri(int number) {
        return SitePaths.page(uri, number);
    }

    /** The entries of page {@code number} (from 1). */
    <T> List<T> entries(List<T> all, int number) {
        if (all.size() != size || number < 1 || number > count()) {
            throw new IllegalArgumentException("page " + number + " of a list of " + size + " in pages of " + pageSize);
        }
        return all.subList((number - 1) * pageSize, Math.min(number * pageSize, size));
    }

    /** How page {@code number} leads to the others; empty when the list fits on one page. */
    Optional<Pagination> pagination(int number) {
        int count = count();
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("page " + number + " of " + count);
        }
        if (count == 1) {
            return Optional.empty();
        }
        SortedSet<Integer> linked = new TreeSet<>(List.of(1, count));
        for (int n = Math.max(1, number - NEARBY); n <= Math.min(count, number + NEARBY); n++) {
            linked.add(n);
        }
        List<Pagination.PageLink> links = new ArrayList<>();
        int last = 0;
        for (int n : linked) {
            links.add(new Pagination.PageLink(n, uri(n), n > last + 1));
            last = n;
        }
        return Optional.of(new Pagination(number, count,
                number > 1 ? Optional.of(uri(number - 1)) : Optional.empty(),
                number < count ? Optional.of(uri(number + 1)) : Optional.empty(), links));
    }
}
