package io.github.bmmsite.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a mojo logs at warning and error level, so that tests can read the diagnostics it printed. */
final class RecordingLog extends SystemStreamLog {

    final List<String> warnings = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

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
