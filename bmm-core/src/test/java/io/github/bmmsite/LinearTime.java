package io.github.bmmsite;

import org.junit.jupiter.api.function.ThrowingSupplier;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A bound on the time of a stage fed a hostile input ten times the size that once took minutes.
 * Linear, each such stage takes seconds even on a busy machine; the quadratic versions they
 * replace take hours at these sizes, so only they can reach the bound.
 */
public final class LinearTime {

    private static final Duration BOUND = Duration.ofMinutes(5);

    private LinearTime() {
    }

    public static <T> T of(ThrowingSupplier<T> stage) {
        return assertTimeoutPreemptively(BOUND, stage);
    }
}
