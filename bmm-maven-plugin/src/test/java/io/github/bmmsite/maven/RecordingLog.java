package io.github.bmmsite.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps what a mojo logs at info, warning and error level, so that tests can read the diagnostics
 * it printed, and the errors it logs for debugging. Thread-safe: the preview logs from its bake
 * thread.
 */
final class RecordingLog extends SystemStreamLog {

    final List<String> infos = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    /** What would print a trace under {@code -X}; kept, not printed. */
    final List<Throwable> debugErrors = new CopyOnWriteArrayList<>();

    @Override
    public void info(CharSequence content) {
        infos.add(content.toString());
        super.info(content);
    }

    @Override
    public void warn(CharSequence content) {
        warnings.add(content.toString());
        super.warn(content);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        debugErrors.add(error);
    }

    @Override
    public void error(CharSequence content) {
        errors.add(content.toString());
        super.error(content);
    }
}
