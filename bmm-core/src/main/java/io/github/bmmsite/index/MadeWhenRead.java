package io.github.bmmsite.index;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A list whose entries are made each time they are read, and never kept: the files and rows of the
 * search data and open data are large and written once, so holding them all would only fill the heap.
 */
final class MadeWhenRead<T> extends AbstractList<T> {

    private final int size;
    private final IntFunction<T> make;

    private MadeWhenRead(int size, IntFunction<T> make) {
        this.size = size;
        this.make = make;
    }

    static <T> List<T> of(int size, IntFunction<T> make) {
        return new MadeWhenRead<>(size, make);
    }

    @Override
    public T get(int index) {
        return make.apply(Objects.checkIndex(index, size));
    }

    @Override
    public int size() {
        return size;
    }
}
