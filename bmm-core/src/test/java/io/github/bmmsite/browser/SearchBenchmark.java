package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Measures the search page of baked sites in headless Chromium and prints the figures; it asserts
 * nothing about time. For each site: the bytes of its HTML pages and of its search data
 * ({@code search-index.js} and what {@code search-index/} holds), and the first-result time of
 * {@code search.html?q=…} (from the start of navigation until the first results are in the page,
 * the page's {@code bmm-search-first-results} mark), median of {@value #RUNS} page loads, opened
 * from disk and served over HTTP on the loopback interface.
 *
 * <p>{@code -Dsearch.benchmark.sites=[NAME=]DIR,…} measures sites already baked ({@code bench/run}
 * passes its corpora's); otherwise it bakes {@link GeneratedModel#corpus} in documents of 100
 * elements for each of {@code -Dsearch.benchmark.sizes} (default {@code 1000,10000}) first:
 * {@code mvn -pl bmm-core test -Dtest=SearchBenchmark -Dgroups=benchmark -DexcludedGroups=none}.
 * {@code -Dsearch.benchmark.report=FILE} also writes each site's figures there as sentences with
 * the targets they meet or miss (the search data at most {@value #MAX_SHARE_PERCENT} % of the
 * HTML, the first result within {@value #MAX_FIRST_RESULT_MS} ms), for {@code bench/run}'s report.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final int RUNS = 5;
    private static final int PER_DOCUMENT = 100;
    private static final int MAX_SHARE_PERCENT = 30;
    private static final int MAX_FIRST_RESULT_MS = 300;
    /** A word many pages hold, and two words of which one has a typo. */
    private static final List<String> QUERIES = List.of("tramite", "gestion documentl");

    /** A baked site and the name its figures go by. */
    private record Site(String name, Path folder) {
    }

    @Test
    void measuresTheFirstResults() throws Exception {
        List<Site> sites = sites();
        List<String> lines = new ArrayList<>();
        List<String> report = new ArrayList<>();
        try (Browser browser = Browser.start(1280, 900)) {
            for (Site site : sites) {
                HttpServer server = Browser.serve(site.folder(), "/repo/");
                try {
                    measure(browser.driver(), site, "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/",
                            lines, report);
                } finally {
                    server.stop(0);
                }
            }
        }
        String reportFile = System.getProperty("search.benchmark.report", "");
        if (!reportFile.isBlank()) {
            Files.write(Path.of(reportFile), report);
        }
        System.out.println();
        System.out.println("Search: headless Chromium, first result = navigation start to results in the page,"
                + " median of " + RUNS + " page loads");
        System.out.println(String.format(Locale.ROOT, "%-44s %10s %12s %6s  %-18s %10s %10s",
                "site", "HTML", "search data", "share", "query", "from disk", "served"));
        lines.forEach(System.out::println);
        System.out.println();
    }

    private static List<Site> sites() throws Exception {
        String given = System.getProperty("search.benchmark.sites", "");
        if (!given.isBlank()) {
            return Arrays.stream(given.split(",")).map(String::strip).map(entry -> {
                int name = entry.indexOf('=');
                Path folder = Path.of(entry.substring(name + 1)).toAbsolutePath();
                return new Site(name < 0 ? folder.toString() : entry.substring(0, name), folder);
            }).toList();
        }
        List<Site> sites = new ArrayList<>();
        for (String size : System.getProperty("search.benchmark.sizes", "1000,10000").split(",")) {
            int elements = Integer.parseInt(size.strip());
            sites.add(new Site(elements + " elements", CustomSite.bake("search-benchmark-" + elements,
                    GeneratedModel.corpus(Math.max(1, elements / PER_DOCUMENT), Math.min(elements, PER_DOCUMENT)))));
        }
        return sites;
    }

    /** Adds the site's lines to the table and its sentences to the report. */
    private static void measure(ChromeDriver driver, Site site, String served, List<String> lines,
                                List<String> report) throws IOException {
        Path folder = site.folder();
        long html = bytes(folder, file -> file.getFileName().toString().endsWith(".html"));
        long searchData = bytes(folder, file -> {
            String path = folder.relativize(file).toString().replace('\\', '/');
            return path.equals("search-index.js") || path.startsWith("search-index/");
        });
        double share = 100.0 * searchData / html;
        report.add(String.format(Locale.ROOT, "search, %s: search data %s = %.1f%% of the HTML pages' %s (at most %d%%): %s",
                site.name(), size(searchData), share, size(html), MAX_SHARE_PERCENT, met(share <= MAX_SHARE_PERCENT)));
        for (String query : QUERIES) {
            double fromDisk = firstResult(driver, folder.toUri().toString(), query);
            double overHttp = firstResult(driver, served, query);
            boolean first = query.equals(QUERIES.get(0));
            lines.add(String.format(Locale.ROOT, "%-44s %10s %12s %5.1f%%  %-18s %7.0f ms %7.0f ms",
                    first ? site.name() : "", first ? size(html) : "", first ? size(searchData) : "", share, query,
                    fromDisk, overHttp));
            report.add(String.format(Locale.ROOT, "search, %s: first result of search.html?q=%s %.0f ms from disk,"
                    + " %.0f ms served (at most %d ms): %s", site.name(), query, fromDisk, overHttp,
                    MAX_FIRST_RESULT_MS, met(Math.max(fromDisk, overHttp) <= MAX_FIRST_RESULT_MS)));
        }
    }

    private static String met(boolean met) {
        return met ? "met" : "missed";
    }

    private static double firstResult(ChromeDriver driver, String base, String query) {
        String page = base + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            driver.get(page);
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> number(driver,
                    "return performance.getEntriesByName('bmm-search-first-results').length;") > 0);
            times.add(number(driver, "return performance.getEntriesByName('bmm-search-first-results')[0].startTime;"));
        }
        return median(times);
    }

    private static long bytes(Path site, Predicate<Path> counted) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).filter(counted).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static double number(ChromeDriver driver, String script) {
        return ((Number) driver.executeScript(script)).doubleValue();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
