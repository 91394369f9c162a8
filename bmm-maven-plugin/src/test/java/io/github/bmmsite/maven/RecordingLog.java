package io.github.bmmsite.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps what a mojo logs at info, warning and error level, so that tests can read the diagnostics
 * it printed. Thread-safe: the preview logs from its watcher thread.
 */
final class RecordingLog extends SystemStreamLog {

    final List<String> infos = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();

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
    public void error(CharSequence content) {
        errors.add(content.toString());
        super.error(content);
    }
}
