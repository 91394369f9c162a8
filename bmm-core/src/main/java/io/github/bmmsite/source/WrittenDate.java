package io.github.bmmsite.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as documents write it in their {@code date} metadata: ISO 8601 ({@code 2026-11-30}, a time
 * after it is ignored), the Spanish long form ({@code 30 de noviembre de 2026}, or {@code del 2026}) or
 * day first ({@code 30/11/2026}, as Colombia writes dates).
 */
public final class WrittenDate {

    /** The forms it reads, as messages name them. */
    public static final String FORMS = "2026-11-30, 30 de noviembre de 2026 or 30/11/2026";

    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern SPANISH_YEAR = Pattern.compile("\\s+del\\s+(\\d{4})$");
    private static final DateTimeFormatter SPANISH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d 'de' MMMM 'de' uuuu").toFormatter(Locale.forLanguageTag("es"))
            .withResolverStyle(ResolverStyle.STRICT);

    private WrittenDate() {
    }

    /** The day {@code text} names; empty when it is none of the forms, or no day of the calendar (30/02/2026). */
    public static Optional<LocalDate> parse(String text) {
        String written = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher iso = ISO.matcher(written);
            if (iso.matches()) {
                return Optional.of(LocalDate.parse(iso.group(1)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(written);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            }
            return Optional.of(LocalDate.parse(SPANISH_YEAR.matcher(written).replaceFirst(" de $1"), SPANISH));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
