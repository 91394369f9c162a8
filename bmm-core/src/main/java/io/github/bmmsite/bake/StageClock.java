package io.github.bmmsite.bake;

import java.util.ArrayList;
import java.util.List;

/**
 * Times the stages of one bake as laps: each stage ends where the next begins. Rounding is done
 * on the running total, so that the stages add up to the bake's time.
 */
final class StageClock {

    private final long start = System.nanoTime();
    private final List<BakeProfile.Stage> stages = new ArrayList<>();
    private long reportedMillis;

    /** Ends the stage {@code name}, which began when the previous one ended. */
    void lap(String name) {
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        stages.add(new BakeProfile.Stage(name, elapsedMillis - reportedMillis));
        reportedMillis = elapsedMillis;
    }

    BakeProfile profile() {
        return new BakeProfile(stages);
    }
}
