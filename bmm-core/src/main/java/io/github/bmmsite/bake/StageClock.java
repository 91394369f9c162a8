package io.github.bmmsite.bake;

import java.util.ArrayList;
import java.util.List;

/**
 * Times the stages of one bake as laps: each stage ends where the next begins. A stage timed in
 * two laps (the render stage, before and after the index stage) is one stage, at its first place.
 * Rounding is done on the running total, so that the stages add up to the bake's time.
 */
final class StageClock {

    private final long start = System.nanoTime();
    private final List<BakeProfile.Stage> stages = new ArrayList<>();
    private long reportedMillis;

    /** Ends the stage {@code name}, which began when the previous one ended. */
    void lap(String name) {
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        long millis = elapsedMillis - reportedMillis;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(name)) {
                millis += stages.get(i).millis();
                stages.set(i, new BakeProfile.Stage(name, millis));
                reportedMillis = elapsedMillis;
                return;
            }
        }
        stages.add(new BakeProfile.Stage(name, millis));
        reportedMillis = elapsedMillis;
    }

    BakeProfile profile() {
        return new BakeProfile(stages);
    }
}
