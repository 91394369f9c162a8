package io.github.bmmsite.cyclic.second;

import io.github.bmmsite.cyclic.first.First;

/** The other half of a package cycle, for the test that the cycle rule finds one. */
public final class Second {

    public First next() {
        return new First();
    }
}
