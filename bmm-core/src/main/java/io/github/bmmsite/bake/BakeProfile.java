package io.github.bmmsite.bake;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the time of a bake went: the wall time of each pipeline stage, in pipeline order
 * (read, parse, model, link, render, index, write). The stages follow one another, so their sum
 * is the bake's time.
 */
public record BakeProfile(List<Stage> stages) {

    /** One stage and its wall time in milliseconds. */
    public record Stage(String name, long millis) {
    }

    public BakeProfile {
        stages = List.copyOf(stages);
    }

    public long totalMillis() {
        return stages.stream().mapToLong(Stage::millis).sum();
    }

    /** {@code read 120 ms, parse 800 ms, …} */
    public String summary() {
        return stages.stream().map(s -> s.name() + " " + s.millis() + " ms").collect(Collectors.joining(", "));
    }
}
