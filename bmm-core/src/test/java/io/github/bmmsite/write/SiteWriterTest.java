package io.github.bmmsite.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The output folder belongs to the bake only as far as its marker says: what the bake did not
 * write survives every bake, a folder no bake wrote is refused, and nothing is left beside it.
 */
class SiteWriterTest {

    private static final OutputPolicy POLICY = new OutputPolicy("io.github.bmmsite:bmm-maven-plugin:1.2.3", false,
            List.of());

    @TempDir
    Path temp;

    private Path output() {
        return temp.resolve("docs");
    }

    /** A whole bake: {@code files} maps site paths to their text. */
    private SiteWriter.Report bake(OutputPolicy policy, Map<String, String> files) throws SiteWriter.OutputException {
        try (SiteWriter writer = SiteWriter.open(output(), policy)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                writer.stage(new OutputFile.Bytes(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8)));
            }
            return writer.commit();
        }
    }

    private static Map<String, String> site(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    private Path write(String path, String text) throws IOException {
        Path file = output().resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Every file under {@code root} with its text, by path relative to it. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private List<String> besideOutput() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBakeMarksTheFolderWithWhatBakedItAndTheSortedListOfItsFiles() throws Exception {
        bake(POLICY, site("index.html", "<p>inicio</p>", "assets/css/bmm.css", "p{}", ".nojekyll", ""));
        String marker = Files.readString(output().resolve(".bmm-site"));
        String list = ".nojekyll\nassets/css/bmm.css\nindex.html\n";

        assertThat(marker).isEqualTo("# Written by a bake of bmm-site. A bake replaces this folder only while this"
                + " file is here; do not edit it.\nbmm-site-marker 1\nbaked-by io.github.bmmsite:bmm-maven-plugin:1.2.3\n"
                + "files 3 " + sha256(list) + "\n" + list);
        assertThat(besideOutput()).containsExactly("docs");

        // The same bake again writes the same bytes, and finds the marker unchanged too.
        SiteWriter.Report again = bake(POLICY, site("assets/css/bmm.css", "p{}", "index.html", "<p>inicio</p>",
                ".nojekyll", ""));
        assertThat(Files.readString(output().resolve(".bmm-site"))).isEqualTo(marker);
        assertThat(again).isEqualTo(new SiteWriter.Report(0, 4));
    }

    @Test
    void namesWithLineBreaksOrPercentSignsKeepTheMarkerOneNamePerLine() {
        SiteMarker marker = new SiteMarker("x", Optional.empty(), List.of("a\nb.png", "100%.png", "c\r.png"));

        assertThat(marker.text()).contains("\n100%25.png\na%0Ab.png\nc%0D.png\n");
        assertThat(SiteMarker.parse(marker.text())).contains(marker);
    }

    @Test
    void aMarkerThatWasEditedOrCutShortIsNoMarker() {
        String text = new SiteMarker("x", Optional.empty(), List.of("a.html", "b.html")).text();

        assertThat(SiteMarker.parse(text.replace("a.html", "z.html"))).isEmpty();
        assertThat(SiteMarker.parse(text.substring(0, text.length() - 7))).isEmpty();
        assertThat(SiteMarker.parse(text + "c.html\n")).isEmpty();
        assertThat(SiteMarker.parse("sitemap.xml\n")).isEmpty();
        assertThat(SiteMarker.parse("")).isEmpty();
    }

    @Test
    void aFolderNoBakeWroteIsRefusedWithTheWayOut() throws Exception {
        write("sitemap.xml", "<urlset/>");
        Files.createDirectories(output().resolve("assets"));
        write("notas.txt", "mías");

        assertThatThrownBy(() -> bake(POLICY, site("index.html", "nuevo")))
                .isInstanceOf(SiteWriter.OutputException.class)
                .hasMessage("the output folder is not empty and no bake wrote it (it has no .bmm-site file); it holds"
                        + " assets, notas.txt, sitemap.xml. The bake replaces no folder it does not own: choose an"
                        + " empty folder, or set bmm.cleanOutput=true to let the bake replace it (keeping .git, CNAME,"
                        + " .nojekyll and what bmm.keep lists)");
        assertThat(files(output())).isEqualTo(Map.of("sitemap.xml", "<urlset/>", "notas.txt", "mías"));
        assertThat(besideOutput()).containsExactly("docs");
    }

    @Test
    void aDamagedMarkerIsNoMarker() throws Exception {
        bake(POLICY, site("index.html", "uno"));
        Files.writeString(output().resolve(".bmm-site"), Files.readString(output().resolve(".bmm-site"))
                .replace("index.html", "indice.html"));

        assertThatThrownBy(() -> bake(POLICY, site("index.html", "dos")))
                .hasMessageStartingWith("the output folder is not empty and its .bmm-site file is damaged, so what a"
                        + " bake wrote there is unknown; it holds index.html.");
        assertThat(output().resolve("index.html")).hasContent("uno");
    }

    @Test
    void aFolderOfAPublishingCheckoutIsBakedIntoBesideWhatItNeeds() throws Exception {
        write(".git/HEAD", "ref: refs/heads/gh-pages\n");
        write("CNAME", "arquitectura.example.org\n");

        bake(POLICY, site("index.html", "<p>inicio</p>"));

        assertThat(files(output())).containsOnlyKeys(".git/HEAD", "CNAME", "index.html", ".bmm-site")
                .containsEntry(".git/HEAD", "ref: refs/heads/gh-pages\n")
                .containsEntry("CNAME", "arquitectura.example.org\n");
        assertThat(SiteMarker.readFrom(output()).orElseThrow().files()).containsExactly("index.html");
    }

    @Test
    void whatThePreviousBakeDidNotWriteIsKeptAndWhatItWroteIsReplaced() throws Exception {
        bake(POLICY, site("index.html", "uno", "elementos/o1.html", "O1", "elementos/o2.html", "O2"));
        write("notas.txt", "mías");
        write("elementos/mio.txt", "también mío");
        write("informes/2024.pdf", "%PDF");

        bake(POLICY, site("index.html", "dos", "elementos/o1.html", "O1 bis"));

        assertThat(files(output())).isEqualTo(Map.of("index.html", "dos", "elementos/o1.html", "O1 bis",
                "notas.txt", "mías", "elementos/mio.txt", "también mío", "informes/2024.pdf", "%PDF",
                ".bmm-site", Files.readString(output().resolve(".bmm-site"))));
        assertThat(SiteMarker.readFrom(output()).orElseThrow().files()).containsExactly("elementos/o1.html",
                "index.html");
        assertThat(besideOutput()).containsExactly("docs");
    }

    @Test
    void aFileTheBakeDidNotWriteStopsANewSiteThatWouldReplaceIt() throws Exception {
        bake(POLICY, site("index.html", "uno"));
        write("404.html", "la mía");
        write("elementos/o1.html", "mía también");

        assertThatThrownBy(() -> bake(POLICY, site("index.html", "dos", "404.html", "nuevo",
                "elementos/o1.html", "O1")))
                .isInstanceOf(SiteWriter.OutputException.class)
                .hasMessage("the output folder holds 404.html, elementos/o1.html, which the previous bake did not"
                        + " write and the new site would replace; move them away, list them in bmm.keep to keep"
                        + " yours, or set bmm.cleanOutput=true to let the bake replace them");
        assertThat(files(output())).containsEntry("index.html", "uno").containsEntry("404.html", "la mía")
                .containsEntry("elementos/o1.html", "mía también");
        assertThat(besideOutput()).containsExactly("docs");
    }

    @Test
    void cleanOutputRemovesAllButWhatAPublishingFolderNeedsAndTheKeepList() throws Exception {
        write(".git/config", "[core]\n");
        write("CNAME", "arquitectura.example.org\n");
        write(".nojekyll", "mío");
        write("viejo.html", "de otra herramienta");
        write("assets/viejo.css", "a{}");
        write(".well-known/security.txt", "Contact: mailto:seguridad@example.org\n");
        write("informes/2024.pdf", "%PDF");
        write("informes/borrador.txt", "no");
        OutputPolicy clean = new OutputPolicy("x", true, List.of(".well-known/**", "informes/*.pdf"));

        bake(clean, site("index.html", "<p>inicio</p>", ".nojekyll", "", "assets/css/bmm.css", "p{}"));

        assertThat(files(output())).containsOnlyKeys(".git/config", "CNAME", ".nojekyll", ".well-known/security.txt",
                "informes/2024.pdf", "index.html", "assets/css/bmm.css", ".bmm-site")
                .containsEntry(".nojekyll", "mío");
        // The folder's own .nojekyll won, so the marker does not claim it.
        assertThat(SiteMarker.readFrom(output()).orElseThrow().files())
                .containsExactly("assets/css/bmm.css", "index.html");
    }

    @Test
    void theKeepListWinsEvenOverAFileABakeWrote() throws Exception {
        bake(POLICY, site("robots.txt", "User-agent: *\n", "index.html", "uno"));
        write("robots.txt", "User-agent: *\nDisallow: /borradores/\n");
        OutputPolicy keepRobots = new OutputPolicy("x", false, List.of("robots.txt"));

        bake(keepRobots, site("robots.txt", "User-agent: *\n", "index.html", "dos"));
        bake(keepRobots, site("robots.txt", "User-agent: *\n", "index.html", "tres"));

        assertThat(output().resolve("robots.txt")).hasContent("User-agent: *\nDisallow: /borradores/\n");
        assertThat(output().resolve("index.html")).hasContent("tres");
    }

    @Test
    void keepPatternsMustStayInsideTheOutputFolder() {
        for (String pattern : List.of("/etc/passwd", "../pom.xml", "informes/../../x", "C:/x")) {
            assertThatThrownBy(() -> SiteWriter.checkOwnership(output(), new OutputPolicy("x", false,
                    List.of(pattern))))
                    .hasMessage("bmm.keep: '" + pattern + "' is not a path inside the output folder; write names,"
                            + " relative paths or globs, e.g. CNAME,.well-known/**");
        }
        assertThatThrownBy(() -> SiteWriter.checkOwnership(output(), new OutputPolicy("x", false, List.of("[a"))))
                .hasMessageStartingWith("bmm.keep: '[a' is not a valid glob (");
    }

    @Test
    void aFileOrALinkIsNoOutputFolder() throws Exception {
        Files.writeString(temp.resolve("docs"), "un fichero");
        assertThatThrownBy(() -> bake(POLICY.cleaning(), site("index.html", "x")))
                .hasMessage("the output folder is a file; choose a folder for bmm.output");
        Files.delete(temp.resolve("docs"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(temp.resolve("docs"), elsewhere);

        assertThatThrownBy(() -> bake(POLICY.cleaning(), site("index.html", "x")))
                .hasMessage("the output folder is a symbolic link; set bmm.output to the folder it points to");
        assertThat(Files.isSymbolicLink(temp.resolve("docs"))).isTrue();
    }

    @Test
    void aFolderThatCannotBeCreatedIsAnErrorWithTheReason() throws Exception {
        Files.writeString(temp.resolve("a-file"), "x");

        assertThatThrownBy(() -> SiteWriter.open(temp.resolve("a-file/site"), POLICY))
                .hasMessage("cannot write the site to " + temp.resolve("a-file/site") + ": " + temp.resolve("a-file")
                        + ": already exists");
    }

    @Test
    void theNextBakeRemovesWhatBakesThatNoLongerRunLeftBesideTheOutput() throws Exception {
        bake(POLICY, site("index.html", "uno"));
        ProcessHandle self = ProcessHandle.current();
        // The same process id, started at another time: a process that reused the id of a killed bake.
        Path reused = leftover(".docs.new-1", self.pid() + " 0", "x".repeat(1000));
        Path gone = leftover(".docs.old-2", Long.toString(Integer.MAX_VALUE), "viejo");
        Path running = leftover(".docs.new-3", self.pid() + " " + self.info().startInstant().orElseThrow()
                .toEpochMilli(), "en curso");
        Path unmarked = Files.createDirectories(temp.resolve(".docs.new-4/site"));

        bake(POLICY, site("index.html", "dos"));

        assertThat(reused).doesNotExist();
        assertThat(gone).doesNotExist();
        assertThat(running.resolve("site/index.html")).hasContent("en curso");
        assertThat(unmarked).isDirectory();
        assertThat(besideOutput()).containsExactly(".docs.new-3", ".docs.new-4", "docs");
    }

    @Test
    void aSiteRetiredByAKilledBakeBeforeTheNewOneTookItsPlaceIsPutBack() throws Exception {
        Path retired = leftover(".docs.old-1", Long.toString(Integer.MAX_VALUE), "el sitio anterior");
        Files.writeString(retired.resolve("site/.bmm-site"),
                new SiteMarker("x", Optional.empty(), List.of("index.html")).text());
        Files.writeString(retired.resolve("site/notas.txt"), "mías");

        bake(POLICY, site("index.html", "el sitio nuevo"));

        assertThat(besideOutput()).containsExactly("docs");
        assertThat(files(output())).containsEntry("index.html", "el sitio nuevo").containsEntry("notas.txt", "mías");
    }

    /** A staging or retired folder whose marker names {@code owner} ("pid [start millis]"). */
    private Path leftover(String name, String owner, String page) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name).resolve("site"));
        Files.writeString(folder.resolve("index.html"), page);
        String marker = new SiteMarker("x", Optional.empty(), List.of()).text()
                .replace("baked-by x\n", "baked-by x\nowner " + owner + "\n");
        Files.writeString(folder.getParent().resolve(".bmm-site"), marker);
        assertThat(SiteMarker.readFrom(folder.getParent()).orElseThrow().owner()).isPresent();
        return folder.getParent();
    }

    @Test
    void aFailedBakeLeavesTheOutputAsItWasAndNothingBesideIt() throws Exception {
        bake(POLICY, site("index.html", "uno"));
        Map<String, String> before = files(output());

        try (SiteWriter writer = SiteWriter.open(output(), POLICY)) {
            writer.stage(new OutputFile.Bytes("index.html", "dos".getBytes(StandardCharsets.UTF_8)));
            assertThat(besideOutput()).hasSize(2).anyMatch(name -> name.startsWith(".docs.new-"));
        }

        assertThat(files(output())).isEqualTo(before);
        assertThat(besideOutput()).containsExactly("docs");
    }

    @Test
    void theStagingFolderIsMarkedWithItsProcessAndTheHookThatRemovesItLastsOneBake() throws Exception {
        SiteWriter writer = SiteWriter.open(output(), POLICY);
        Path staging;
        try (Stream<Path> entries = Files.list(temp)) {
            staging = entries.filter(path -> path.getFileName().toString().startsWith(".docs.new-")).findFirst()
                    .orElseThrow();
        }
        assertThat(SiteMarker.readFrom(staging).orElseThrow().owner()).map(SiteMarker.BakeProcess::pid)
                .contains(ProcessHandle.current().pid());

        writer.close();

        assertThat(staging).doesNotExist();
        // Removed with the bake: bmm:serve bakes again and again in one JVM.
        assertThat(Runtime.getRuntime().removeShutdownHook(writer.removeOnExit())).isFalse();
    }

    @Test
    void theShutdownHookRemovesTheStagingFolderAndThenNothingIsPublished() throws Exception {
        bake(POLICY, site("index.html", "uno"));
        try (SiteWriter writer = SiteWriter.open(output(), POLICY)) {
            writer.stage(new OutputFile.Bytes("index.html", "dos".getBytes(StandardCharsets.UTF_8)));

            writer.removeOnExit().run();

            assertThat(besideOutput()).containsExactly("docs");
            assertThatThrownBy(writer::commit).hasMessage("the bake was stopped before its site was published");
        }
        assertThat(output().resolve("index.html")).hasContent("uno");
    }

    @Test
    void carriedEntriesArePutBackWhenThePublishingFails() throws Exception {
        Path staged = Files.createDirectories(temp.resolve("staged"));
        Files.writeString(staged.resolve("index.html"), "nuevo");
        write("notas.txt", "mías");
        write(".git/HEAD", "x");

        KeptEntries kept = KeptEntries.plan(output(), staged, java.util.Set.of("index.html"), java.util.Set.of(),
                false, KeepList.of(List.of()));
        kept.carry();
        assertThat(files(staged)).containsOnlyKeys("index.html", "notas.txt", ".git/HEAD");
        kept.putBack();

        assertThat(files(output())).isEqualTo(Map.of("notas.txt", "mías", ".git/HEAD", "x"));
        assertThat(kept.stranded()).isFalse();
    }

    @Test
    void unchangedFilesKeepTheirTimeAndCopiesAndComparisonsStreamWhateverTheSize() throws Exception {
        Path image = temp.resolve("plano.png");
        int size = 48 << 20;
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(size);
            file.seek(size - 1);
            file.write(7);
        }
        try (SiteWriter writer = SiteWriter.open(output(), POLICY)) {
            writer.stage(new OutputFile.Copy("imagenes/plano.png", image));
            writer.commit();
        }
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(output().resolve("imagenes/plano.png"), old);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SiteWriter.Report report;
        try (SiteWriter writer = SiteWriter.open(output(), POLICY)) {
            long before = threads.getCurrentThreadAllocatedBytes();
            writer.stage(new OutputFile.Copy("imagenes/plano.png", image));
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            // Reading the image whole, to copy or to compare it, would take at least its 48 MiB.
            assertThat(allocated).isLessThan(4 << 20);
            report = writer.commit();
        }

        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(Files.getLastModifiedTime(output().resolve("imagenes/plano.png"))).isEqualTo(old);
        assertThat(Files.mismatch(image, output().resolve("imagenes/plano.png"))).isEqualTo(-1);
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
