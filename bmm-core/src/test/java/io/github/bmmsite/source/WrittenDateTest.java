package io.github.bmmsite.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-30|2026-11-30",
            "2026-11-30T10:15:30-05:00|2026-11-30",
            "  2026-11-30 10:15  |2026-11-30",
            "30 de noviembre de 2026|2026-11-30",
            "30 De Noviembre   de 2026|2026-11-30",
            "1 de enero del 2026|2026-01-01",
            "14 de marzo de 2025|2025-03-14",
            "30/11/2026|2026-11-30",
            "3/1/2026|2026-01-03"})
    void readsTheFormsDocumentsWrite(String written, String day) {
        assertThat(WrittenDate.parse(written)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4f2a9c1", "noviembre de 2026", "2026", "2026-02-30", "31/04/2026", "11/30/2026",
            "30 de brumario de 2026", "November 30, 2026", "", "2026-11-30x"})
    void anythingElseIsNoDay(String written) {
        assertThat(WrittenDate.parse(written)).isEmpty();
    }
}
