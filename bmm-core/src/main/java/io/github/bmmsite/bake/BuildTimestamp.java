package io.github.bmmsite.bake;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The day of {@code project.build.outputTimestamp}, read as Maven's reproducible builds read it:
 * seconds since the epoch ({@code 1764460800}, a day of UTC) or ISO 8601 with an offset
 * ({@code 2026-11-30T10:15:30-05:00}, the day where that offset is); a value of one character
 * ({@code a}) unsets what a parent POM set.
 */
final class BuildTimestamp {

    static final String PROPERTY = "project.build.outputTimestamp";

    /** A value that is neither form. */
    static final class Malformed extends Exception {
        Malformed(String value) {
            super(PROPERTY + " is '" + value + "', which is neither seconds since 1970 (1764460800) nor an ISO 8601"
                    + " date and time with its offset (2026-11-30T10:15:30Z); pages take their dates from it");
        }
    }

    private BuildTimestamp() {
    }

    static Optional<LocalDate> day(Optional<String> value) throws Malformed {
        if (value.isEmpty() || value.get().strip().length() < 2) {
            return Optional.empty();
        }
        String written = value.get().strip();
        try {
            if (written.chars().allMatch(Character::isDigit)) {
                return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(written)), ZoneOffset.UTC));
            }
            return Optional.of(OffsetDateTime.parse(written).toLocalDate());
        } catch (DateTimeException | NumberFormatException e) {
            throw new Malformed(written);
        }
    }
}
