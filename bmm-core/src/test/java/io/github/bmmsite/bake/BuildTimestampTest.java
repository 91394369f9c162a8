package io.github.bmmsite.bake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildTimestampTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-01-01T00:00:00Z|2026-01-01",
            "1764460800|2025-11-30",
            "1764547199|2025-11-30",
            // The day where its offset is: late on the 30th in Bogotá is the 1st in UTC.
            "2026-11-30T22:00:00-05:00|2026-11-30",
            " 2026-11-30T10:15:30+01:00 |2026-11-30"})
    void readsSecondsSince1970AndIso8601WithItsOffset(String value, String day) throws Exception {
        assertThat(BuildTimestamp.day(Optional.of(value))).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "1"})
    void oneCharacterOrNothingIsNoTimestamp(String value) throws Exception {
        assertThat(BuildTimestamp.day(Optional.of(value))).isEmpty();
        assertThat(BuildTimestamp.day(Optional.empty())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-01T00:00:00", "ayer", "12:30", "-1764460800", "99999999999999999999"})
    void anythingElseIsMalformedAndNamesTheProperty(String value) {
        assertThatThrownBy(() -> BuildTimestamp.day(Optional.of(value)))
                .isInstanceOf(BuildTimestamp.Malformed.class)
                .hasMessage("project.build.outputTimestamp is '" + value + "', which is neither seconds since 1970"
                        + " (1764460800) nor an ISO 8601 date and time with its offset (2026-11-30T10:15:30Z); pages"
                        + " take their dates from it");
    }
}
