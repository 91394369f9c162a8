package io.github.bmmsite.cyclic.first;

import io.github.bmmsite.cyclic.second.Second;

/** Half of a package cycle, for the test that the cycle rule finds one. */
public final class First {

    public Second next() {
        return new Second();
    }
}
