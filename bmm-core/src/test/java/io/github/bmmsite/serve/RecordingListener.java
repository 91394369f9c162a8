package io.github.bmmsite.serve;

import io.github.bmmsite.bake.BakeFailedException;
import io.github.bmmsite.bake.BakeResult;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** What the preview told the terminal, one outcome per bake, for tests to wait on. */
public final class RecordingListener implements LivePreview.Listener {

    private final BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();
    private final List<BakeResult> results = new CopyOnWriteArrayList<>();

    @Override
    public void baked(BakeResult result, long millis) {
        results.add(result);
        outcomes.add("baked");
    }

    @Override
    public void failed(BakeFailedException failure) {
        outcomes.add("failed: " + failure.getMessage());
    }

    @Override
    public void crashed(String message, Throwable error) {
        outcomes.add("crashed: " + message);
    }

    /** The outcome of the next bake that ends; fails the test after a generous wait for it. */
    public String next() throws InterruptedException {
        String outcome = outcomes.poll(30, TimeUnit.SECONDS);
        if (outcome == null) {
            throw new AssertionError("no bake ended within 30 s");
        }
        return outcome;
    }

    /** The results of the good bakes so far, in order. */
    public List<BakeResult> results() {
        return results;
    }
}
