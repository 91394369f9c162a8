package io.github.bmmsite.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A baked site read back from its folder: its pages, parsed, and the links between them. */
final class BakedSite {

    private final Path root;
    private final Map<String, Document> pages = new TreeMap<>();

    BakedSite(Path root) {
        this(root, path -> true);
    }

    /** The site with only the pages {@code read} accepts (by their path from the site root): part of a large site. */
    BakedSite(Path root, Predicate<String> read) {
        this.root = root;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (read.test(path)) {
                    pages.put(path, parse(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page by its path from the site root, sorted. */
    Map<String, Document> pages() {
        return pages;
    }

    Document page(String path) {
        Document page = pages.get(path);
        if (page == null) {
            throw new AssertionError("no page " + path + " among " + pages.keySet());
        }
        return page;
    }

    /** The pages under a folder ({@code vistas/}), sorted. */
    List<String> pagesIn(String folder) {
        return pages.keySet().stream().filter(path -> path.startsWith(folder)).toList();
    }

    /** How many pages of each kind: the folder they are in, or the page itself at the root. */
    Map<String, Long> pagesByKind() {
        return pages.keySet().stream().collect(Collectors.groupingBy(
                path -> path.contains("/") ? path.substring(0, path.indexOf('/')) : "(raíz)", TreeMap::new,
                Collectors.counting()));
    }

    /** The {@code <h1>} of each page of a folder. */
    List<String> headingsIn(String folder) {
        return pagesIn(folder).stream().map(path -> pages.get(path).selectFirst("h1").text()).toList();
    }

    /**
     * Every internal link ({@code href}, {@code src}) of the pages read that leads to no file of the site, or to an
     * anchor that its page does not have, as "page -> link".
     */
    List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        pages.forEach((path, page) -> {
            for (Element reference : page.select("a[href], link[href], script[src], img[src]")) {
                String written = reference.hasAttr("href") ? reference.attr("href") : reference.attr("src");
                URI target = URI.create("site:/" + path).resolve(URI.create(written.replace(" ", "%20")));
                if (!"site".equals(target.getScheme())) {
                    continue;
                }
                String file = target.getPath().substring(1);
                if (file.isEmpty() || !Files.isRegularFile(root.resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)))) {
                    broken.add(path + " -> " + written);
                } else if (target.getRawFragment() != null) {
                    String id = URLDecoder.decode(target.getRawFragment(), StandardCharsets.UTF_8);
                    Document linked = pages.containsKey(file) ? pages.get(file)
                            : parse(root.resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)));
                    if (linked == null || linked.getElementById(id) == null) {
                        broken.add(path + " -> " + written + " (no id '" + id + "')");
                    }
                }
            }
        });
        return broken;
    }

    /** The text of every page and every data file, to look for what must never show. */
    String allText() {
        return String.join("\n", allTextByFile().values());
    }

    /** The text of every page and data file, by its path from the site root. */
    Map<String, String> allTextByFile() {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")
                    && !f.toString().contains("assets")).toList()) {
                texts.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
