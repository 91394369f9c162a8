package io.github.bmmsite.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the search page in headless Chromium, opened from disk, for the seed and for a
 * generated model of 10,000 elements, and prints the figures; it asserts nothing about time. Run
 * it with {@code mvn -pl bmm-maven-plugin test -Dtest=SearchBenchmark -Dgroups=benchmark
 * -DexcludedGroups=none} (see docs/guide/search.md).
 *
 * <p>Columns: the size of {@code search-index.js}; when the page was loaded (DOMContentLoaded)
 * and when the first results showed for {@code search.html?q=tramite}, both from the start of
 * navigation; the time lunr took to build the index; the time of one search (ranking only) over
 * a few queries; and what a prebuilt index would cost instead: the size of lunr's serialised
 * index and the time to parse and load it.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final int RUNS = 5;
    private static final List<String> QUERIES = List.of("tramite", "seguridad digtal", "gobern", "OBJ0042",
            "participacion ciudadana", "interoperabilidad");

    @Test
    void measuresTheSearchPage() throws Exception {
        long bakeStart = System.nanoTime();
        Path large = GeneratedModel.bake(10_000);
        long bakeMillis = (System.nanoTime() - bakeStart) / 1_000_000;
        Path seed = SeedSiteForBrowsers.site();

        List<String> lines = new ArrayList<>();
        try (Browser browser = Browser.start(1280, 900)) {
            lines.add(measure(browser.driver(), "seed", seed));
            lines.add(measure(browser.driver(), "10,000 elements", large));
        }
        System.out.println();
        System.out.println("Search benchmark: headless Chromium, from disk, median of " + RUNS
                + " page loads (10,000-element model baked in " + bakeMillis + " ms)");
        System.out.println(String.format(Locale.ROOT, "%-16s %9s %16s %14s %14s %15s %11s %16s %14s",
                "site", "documents", "search-index.js", "page loaded", "index build", "first results", "query",
                "prebuilt index", "load prebuilt"));
        lines.forEach(System.out::println);
        System.out.println();
    }

    private static String measure(ChromeDriver driver, String name, Path site) throws Exception {
        String page = site.resolve("search.html").toUri() + "?q=tramite";
        List<Double> builds = new ArrayList<>();
        List<Double> firsts = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            driver.get(page);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> number(driver,
                    "return performance.getEntriesByName('bmm-search-first-results').length;") > 0);
            builds.add(number(driver, "return performance.getEntriesByName('bmm-search-index')[0].duration;"));
            firsts.add(number(driver, "return performance.getEntriesByName('bmm-search-first-results')[0].startTime;"));
            ready.add(number(driver, "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;"));
        }
        List<Double> queries = new ArrayList<>();
        for (String query : QUERIES) {
            for (int run = 0; run < RUNS; run++) {
                queries.add(number(driver, "var start = performance.now(); BMM_SEARCH.search(arguments[0]);"
                        + " return performance.now() - start;", query));
            }
        }
        double documents = number(driver, "return BMM_SEARCH_DOCUMENTS.length;");
        double prebuiltBytes = number(driver,
                "return new Blob([JSON.stringify(BMM_SEARCH.index)]).size;");
        List<Double> loads = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            loads.add(number(driver, "var json = JSON.stringify(BMM_SEARCH.index); var start = performance.now();"
                    + " lunr.Index.load(JSON.parse(json)); return performance.now() - start;"));
        }
        return String.format(Locale.ROOT, "%-16s %9.0f %16s %11.1f ms %11.1f ms %12.1f ms %8.1f ms %16s %11.1f ms",
                name, documents, size(Files.size(site.resolve("search-index.js"))), median(ready), median(builds),
                median(firsts), median(queries), size((long) prebuiltBytes), median(loads));
    }

    private static double number(ChromeDriver driver, String script, Object... arguments) {
        return ((Number) driver.executeScript(script, arguments)).doubleValue();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.2f MiB", bytes / (1024.0 * 1024));
    }
}
