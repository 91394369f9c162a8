package io.github.bmmsite.bake;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BakeReportTest {

    private static Optional<BakeReport> read(String text) throws Exception {
        return BakeReport.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void aReportComesBackLineByLine() throws Exception {
        BakeReport report = new BakeReport(List.of(
                new BakeReport.Line(BakeReport.Level.WARNING, "docs/a\\b.md:3: warning [BMM020] tab\there"),
                new BakeReport.Line(BakeReport.Level.INFO, "1 error(s), 1 warning(s), 0 note(s)"),
                new BakeReport.Line(BakeReport.Level.DEBUG, "Internal error: java.lang.Error\n\tat a.B.c(B.java:1)\r\n")),
                BakeReport.Outcome.FAILED, "the site was not baked:\n  docs/a.md:1: error [BMM001] \\n is not a newline");
        StringWriter file = new StringWriter();

        report.write(file);

        assertThat(file.toString().lines()).hasSize(4);
        assertThat(read(file.toString())).contains(report);
    }

    @Test
    void aReportCutShortOrNotAReportIsNone() throws Exception {
        assertThat(read("")).isEmpty();
        assertThat(read("BAKED\t\nINFO")).isEmpty();
        assertThat(read("Exception in thread \"main\" java.lang.OutOfMemoryError")).isEmpty();
        assertThat(read("DONE\tx\n")).isEmpty();
    }

    @Test
    void aDefectOfThePluginIsReportedWithItsTraceForDashX() {
        BakeReport report = BakeReport.of(Path.of("target/site"), () -> {
            throw new IllegalStateException("a defect");
        });

        assertThat(report.outcome()).isEqualTo(BakeReport.Outcome.CRASHED);
        assertThat(report.message()).isEqualTo("internal error, please report it with the output of the build run"
                + " with -X (java.lang.IllegalStateException: a defect)");
        assertThat(report.lines()).singleElement().satisfies(line -> {
            assertThat(line.level()).isEqualTo(BakeReport.Level.DEBUG);
            assertThat(line.text()).startsWith("Internal error: java.lang.IllegalStateException: a defect")
                    .contains("BakeReportTest");
        });
    }
}
