package io.github.bmmsite.render;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.source.Placeholders;
import io.github.bmmsite.source.SourceDocument;
import io.github.bmmsite.source.WrittenDate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The dates pages show, never the clock's. A document is dated by its {@code date} metadata, else by
 * the build's day ({@code project.build.outputTimestamp}). A page made from documents was published on
 * the earliest of their dates and last updated on the latest; a page made from none (home, search, a
 * view only the architecture model has) takes the dates of every document, title pages included.
 */
public final class SiteDates {

    /** No date anywhere: pages show none. */
    public static final SiteDates NONE = new SiteDates(Map.of(), List.of(), Locale.ROOT);

    private final Map<String, LocalDate> byDocument;
    private final List<LocalDate> site;
    private final DateTimeFormatter words;

    private SiteDates(Map<String, LocalDate> byDocument, List<LocalDate> site, Locale locale) {
        this.byDocument = Map.copyOf(byDocument);
        this.site = List.copyOf(site);
        this.words = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /**
     * Reads the {@code date} of every document that makes a page and of every title page. A value the
     * authors wrote that is no date is reported; one that a placeholder gives is not: the export writes
     * {@code date: $COMMIT} for the title page of the PDF. Documents left undated for want of a build
     * day are noted once, at {@code settings}.
     *
     * @param build the day of {@code project.build.outputTimestamp}, when it is set
     * @param locale the site's language, whose words name the months
     */
    public static SiteDates of(SiteModel model, List<SourceDocument> titlePages, Optional<LocalDate> build,
                               Placeholders placeholders, Locale locale, SourceLocation settings, Diagnostics diagnostics) {
        Map<String, LocalDate> byDocument = new HashMap<>();
        List<LocalDate> site = new ArrayList<>();
        List<ExportedDocument> undated = new ArrayList<>();
        for (ExportedDocument document : model.documents()) {
            Optional<LocalDate> date = dateOf(document.document().source(), placeholders, diagnostics).or(() -> build);
            date.ifPresentOrElse(day -> byDocument.put(document.slug(), day), () -> undated.add(document));
            date.ifPresent(site::add);
        }
        for (SourceDocument titlePage : titlePages) {
            dateOf(titlePage, placeholders, diagnostics).ifPresent(site::add);
        }
        if (site.isEmpty()) {
            build.ifPresent(site::add);
        }
        if (!undated.isEmpty() || site.isEmpty()) {
            String which = site.isEmpty() ? "no document has a 'date'" : undated.size() + " document(s) have no 'date' ("
                    + undated.get(0).location().file() + (undated.size() > 1 ? ", …" : "") + ")";
            diagnostics.report(Problem.PAGE_DATES_UNKNOWN, settings, which + " and project.build.outputTimestamp is not"
                    + " set, so their pages show no date; fill 'date' (" + WrittenDate.FORMS + ") or set"
                    + " project.build.outputTimestamp");
        }
        return new SiteDates(byDocument, site, locale);
    }

    private static Optional<LocalDate> dateOf(SourceDocument document, Placeholders placeholders,
                                              Diagnostics diagnostics) {
        Optional<String> written = document.metadata().text("date");
        boolean generated = written.filter(text -> Placeholders.PLACEHOLDER.matcher(text).find()).isPresent();
        Optional<LocalDate> date = written.map(text -> placeholders.fill(text, name -> "$" + name))
                .filter(text -> Placeholders.pending(text).isEmpty()).flatMap(WrittenDate::parse);
        if (written.isPresent() && date.isEmpty() && !generated) {
            diagnostics.report(Problem.DATE_INVALID, SourceLocation.of(document.file().displayPath(),
                    document.metadata().line("date")), "date: '" + written.get() + "' is no day in the forms read ("
                    + WrittenDate.FORMS + "), so the document's pages are dated as if it had none");
        }
        return date;
    }

    /** The dates of a page made from these documents; of the whole site when they are none. */
    Optional<PageDates> of(Collection<String> documentSlugs) {
        TreeSet<LocalDate> days = new TreeSet<>(documentSlugs.isEmpty() ? site
                : documentSlugs.stream().map(byDocument::get).filter(Objects::nonNull).toList());
        if (days.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PageDates(day(days.first()),
                days.size() > 1 ? Optional.of(day(days.last())) : Optional.empty()));
    }

    private PageDates.Day day(LocalDate date) {
        return new PageDates.Day(date.toString(), words.format(date));
    }
}
