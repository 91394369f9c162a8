package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder of exports written apart from the samples the rules were drawn from: the same shapes in
 * other words and other mixes (a compilation of three views, cards with differently named sections,
 * H1 views with groups, two exports of one view, a view exported alone and in a compilation, a broken
 * table row, a figure inside a paragraph, an unclosed metadata block), baked with and without its
 * Archi model (coArchi layout). The assertions are the rules, not the fixture's particulars.
 */
class HoldOutExportsTest {

    private static final Path FIXTURE = resource("/holdout-exports");
    private static final Map<String, String> VARIABLES = Map.of("ENTIDAD", "la Tesorería Municipal");

    /** Codes that already meant something else before these rules; a new kind of fix-up gets a code of its own. */
    private static final Set<String> EARLIER_CODES = Set.of(
            "BMM001", "BMM002", "BMM003", "BMM004", "BMM005", "BMM006", "BMM007", "BMM008", "BMM009", "BMM010",
            "BMM011", "BMM012", "BMM013", "BMM014", "BMM020", "BMM021", "BMM022", "BMM023", "BMM024", "BMM025",
            "BMM030", "BMM031", "BMM032", "BMM033", "BMM034", "BMM035", "BMM040", "BMM041", "BMM042", "BMM055",
            "BMM060", "BMM061", "BMM070", "BMM071", "BMM072", "BMM073", "BMM074", "BMM075", "BMM076", "BMM077",
            "BMM078", "BMM079", "BMM080", "BMM081", "BMM082", "BMM083", "BMM085", "BMM086", "BMM087", "BMM088",
            "BMM095");

    // The views of the fixture's model, by the figure id their exports give them.
    private static final String PAYMENTS = "fig:id-7c0a1d2e3f4a4b5c8d9e0f1a2b3c4d01";
    private static final String ENFORCEMENT = "fig:id-7c0a1d2e3f4a4b5c8d9e0f1a2b3c4d02";
    private static final String AUDITS = "fig:id-7c0a1d2e3f4a4b5c8d9e0f1a2b3c4d03";
    private static final String SERVICE = "fig:id-7c0a1d2e3f4a4b5c8d9e0f1a2b3c4d05";
    private static final String REFUNDS = "fig:id-7c0a1d2e3f4a4b5c8d9e0f1a2b3c4d06";
    private static final String ARREARS = "fig:id-7c0a1d2e3f4a4b5c8d9e0f1a2b3c4d07";
    private static final String SEIZURES = "fig:id-7c0a1d2e3f4a4b5c8d9e0f1a2b3c4d08";

    private static final List<String> PRINT_DIRECTIVES = List.of("\\newpage", "\\pagebreak", "\\clearpage", "page-break");
    private static final Pattern FIGURE_ID = Pattern.compile("\\{#(fig:id-[0-9a-f]+)");
    private static final Pattern LEADING_CODE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d]*\\d[\\p{Lu}\\d]*[:.]?\\s+");

    /** The folder baked with its architecture model ({@code bmm.model}), and without it. */
    enum Architecture {
        WITH_MODEL, WITHOUT_MODEL
    }

    /** One bake of the folder: finished, or stopped with its diagnostics. */
    record Bake(Path site, List<Diagnostic> diagnostics, boolean finished) {
    }

    @TempDir
    static Path work;

    static Map<Architecture, Bake> bakes;

    @BeforeAll
    static void bakeWithAndWithoutTheModel() throws IOException {
        Map<Architecture, Bake> done = new EnumMap<>(Architecture.class);
        for (Architecture architecture : Architecture.values()) {
            done.put(architecture, bake(work.resolve(architecture.name().toLowerCase(Locale.ROOT)), architecture));
        }
        bakes = done;
    }

    private static Bake bake(Path project, Architecture architecture) throws IOException {
        copy(FIXTURE.resolve("src"), project.resolve("src"));
        Path site = project.resolve("target/site");
        BakeOptions options = BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(project.resolve("src/bmm")).output(site).language("es")
                .baseUrl("https://example.org/recaudo/").variables(VARIABLES).build();
        if (architecture == Architecture.WITH_MODEL) {
            options = options.toBuilder().model(project.resolve("src/model")).build();
        }
        try {
            return new Bake(site, new Baker(options).bake().diagnostics(), true);
        } catch (BakeFailedException e) {
            return new Bake(site, e.diagnostics(), false);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // One whole site, never an error

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void bakesWholeWithoutAnError(Architecture architecture) {
        Bake bake = bakes.get(architecture);
        assertThat(bake.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).extracting(Diagnostic::format)
                .isEmpty();
        assertThat(bake.finished()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void everyViewFigureIsOnExactlyOneViewPage(Architecture architecture) {
        Bake bake = baked(architecture);
        Set<String> figureIds = figureIdsOfTheFixture();
        List<Path> views = pages(bake, "vistas");

        for (String id : figureIds) {
            assertThat(views).as("view pages holding %s", id).filteredOn(page -> parse(page).getElementById(id) != null)
                    .hasSize(1);
        }
        assertThat(views).as("one view page per view id, and no other").hasSize(figureIds.size());
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aViewStartsAtItsHeadingAndKeepsItsIntroduction(Architecture architecture) {
        Bake bake = baked(architecture);
        Document payments = parse(viewPage(bake, PAYMENTS));
        assertThat(title(payments)).isEqualTo("Canales de pago");
        assertThat(payments.text()).as("the H3 sections before the figure are the view's introduction")
                .contains("El estatuto tributario municipal fija los medios de pago admitidos.",
                        "Solo se consideran los pagos de impuestos, no los de tasas.");
        assertThat(title(parse(viewPage(bake, SERVICE)))).isEqualTo("Atención al contribuyente");
        assertThat(title(parse(viewPage(bake, REFUNDS)))).isEqualTo("Devoluciones");
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theViewsOfAnH1DocumentKeepTheirGroups(Architecture architecture) {
        Bake bake = baked(architecture);
        assertThat(linkedTitles(bake, viewPage(bake, SERVICE), "grupos"))
                .contains("Canales presenciales", "Canales digitales");
        assertThat(linkedTitles(bake, viewPage(bake, REFUNDS), "grupos"))
                .contains("Trámites de devolución");
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theCompilationsOwnTextIsItsDocumentPageWhichLeadsToItsViewsInOrder(Architecture architecture) {
        Bake bake = baked(architecture);
        List<Path> compilation = pages(bake, "documentos").stream()
                .filter(page -> parse(page).text().contains("Este compendio reúne las vistas de la fase 2")).toList();
        assertThat(compilation).hasSize(1);
        Document page = parse(compilation.get(0));

        assertThat(title(page)).isEqualTo("Compendio de vistas de recaudo");
        assertThat(page.text()).contains("Prosa del marco general");
        List<Path> views = pages(bake, "vistas");
        assertThat(page.select("main a[href]").stream().map(a -> target(compilation.get(0), a)).filter(views::contains)
                .distinct().toList()).containsExactly(viewPage(bake, PAYMENTS),
                viewPage(bake, ENFORCEMENT), viewPage(bake, AUDITS));
        Path home = bake.site().resolve("index.html");
        assertThat(parse(home).select("a[href]")).as("the home page lists the compilation")
                .anyMatch(a -> target(home, a).equals(compilation.get(0)));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aTitlePageMakesNoPageAndNoDiagnostic(Architecture architecture) {
        Bake bake = baked(architecture);
        assertThat(allFiles(bake)).noneMatch(file -> file.getFileName().toString().contains("caratula"));
        assertThat(bake.diagnostics()).extracting(Diagnostic::format).noneMatch(d -> d.startsWith("src/bmm/00.caratula.md"));
    }

    // ---------------------------------------------------------------------------------------------
    // What is an element

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void noSectionNoModelTableAndNoViewOrDocumentTitleIsAnElement(Architecture architecture) {
        Bake bake = baked(architecture);
        Set<String> notElements = Set.of("caracteristicas", "datos generales", "elementos del modelo",
                "compendio de vistas de recaudo", "marco general", "canales de pago", "cobro coactivo", "fiscalizacion",
                "sistemas de informacion tributaria", "atencion al contribuyente", "devoluciones", "gestion de cartera",
                "notificaciones");
        for (Path page : pages(bake, "elementos")) {
            String title = title(parse(page));
            String file = page.getFileName().toString();
            assertThat(folded(title)).as(file).isNotIn(notElements).doesNotStartWith("embargos de la vigencia");
            assertThat(title).as(file).doesNotContain("(view)");
            assertThat(file).doesNotStartWith("caracteristicas").doesNotStartWith("datos-generales")
                    .doesNotStartWith("elementos-del-modelo").doesNotEndWith("-view.html");
        }
    }

    @Test
    void withTheModelTheElementPagesAreTheModelsElements() {
        Bake bake = baked(Architecture.WITH_MODEL);
        assertThat(pages(bake, "elementos").stream().map(page -> folded(withoutCode(title(parse(page))))).toList())
                .containsExactlyInAnyOrder("pasarela pse", "oficina de recaudo", "mandamiento de pago",
                        "embargo de cuentas", "acuerdo de pago", "auditoria tributaria", "cruce de informacion exogena",
                        "sistema tributario sit", "portal del contribuyente", "mesa de ayuda", "mesa de ayuda",
                        "consulta de deuda", "consulta de deuda", "solicitud de devolucion", "cobro persuasivo",
                        "castigo de cartera", "registro de deudores", "orden de embargo", "levantamiento de embargo",
                        "notificacion electronica", "notificacion por aviso");
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aRepeatedSectionStaysOnThePageOfTheElementAboveIt(Architecture architecture) {
        Bake bake = baked(architecture);
        Document system = parse(elementPage(bake, "sistema tributario sit"));
        assertThat(system.select("main h2, main h3, main h4").eachText()).contains("Características");
        assertThat(system.select("main table").text()).contains("Oracle Forms", "Proveedor externo");
        Document request = parse(elementPage(bake, "solicitud de devolucion"));
        assertThat(request.select("main table").text()).contains("Ventanilla de radicación", "5 días hábiles");
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void oneNameWithTwoCodesIsTwoElementsWithReadableSlugs(Architecture architecture) {
        Bake bake = baked(architecture);
        List<Path> debt = elementPages(bake, "consulta de deuda");

        assertThat(debt).hasSize(2);
        assertThat(debt).extracting(page -> title(parse(page))).anyMatch(t -> t.contains("SRV1"))
                .anyMatch(t -> t.contains("PRC4"));
        assertThat(debt).extracting(page -> page.getFileName().toString())
                .allMatch(file -> file.matches("[a-z0-9-]+\\.html"))
                .noneMatch(file -> file.matches("consulta-de-deuda(-\\d+)?\\.html"));
    }

    @Test
    void oneNameForTwoModelElementsOnDifferentViewsIsTwoElements() {
        Bake bake = baked(Architecture.WITH_MODEL);
        List<Path> helpDesk = elementPages(bake, "mesa de ayuda");

        assertThat(helpDesk).hasSize(2);
        assertThat(helpDesk).extracting(page -> page.getFileName().toString())
                .noneMatch(file -> file.matches("mesa-de-ayuda(-\\d+)?\\.html"));
        assertThat(helpDesk).extracting(page -> parse(page).select("main").text())
                .anyMatch(text -> text.contains("Herramienta de casos") && !text.contains("Equipo de funcionarios"))
                .anyMatch(text -> text.contains("Equipo de funcionarios") && !text.contains("Herramienta de casos"));
    }

    @Test
    void headingsThatDifferFromTheModelInCaseAccentsOrSpacesAreANoteNamingBothSpellings() {
        Bake bake = baked(Architecture.WITH_MODEL);
        int cross = lineOf("05.vista-fiscalizacion.md", line -> line.startsWith("### Cruce"));
        assertThat(diagnosticsAt(bake, "05.vista-fiscalizacion.md", cross)).singleElement().satisfies(d -> {
            assertThat(d.severity().label()).isEqualTo("note");
            assertThat(d.message()).contains("informacion EXÓGENA", "Cruce de información exógena");
        });
        int gateway = lineOf("10.compendio-recaudo.md", line -> line.equals("### PASARELA pse"));
        assertThat(diagnosticsAt(bake, "10.compendio-recaudo.md", gateway)).singleElement().satisfies(d -> {
            assertThat(d.severity().label()).isEqualTo("note");
            assertThat(d.message()).contains("PASARELA pse", "Pasarela PSE");
        });
    }

    // ---------------------------------------------------------------------------------------------
    // The same thing written more than once

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void anElementWrittenInSeveralPlacesIsOnePage(Architecture architecture) {
        Bake bake = baked(architecture);
        // The same text in two documents, and twice in one document (drawn twice): one page, nothing to report.
        for (String name : List.of("oficina de recaudo", "auditoria tributaria")) {
            assertThat(elementPages(bake, name)).as(name).hasSize(1);
        }
        assertThat(bake.diagnostics()).extracting(Diagnostic::message)
                .noneMatch(m -> m.contains("Oficina de recaudo") || m.contains("Auditoría tributaria"));

        // Different texts in two documents: one page with both, and the warning names the earlier heading.
        assertThat(elementPages(bake, "portal del contribuyente")).singleElement()
                .satisfies(page -> assertThat(parse(page).text()).contains(
                        "Sitio donde el contribuyente consulta y paga sus obligaciones.",
                        "Canal digital principal, disponible todos los días del año."));
        int earlier = lineOf("02.fichas-sistemas.md", line -> line.equals("### Portal del contribuyente"));
        int later = lineOf("03.vista-h1-atencion.md", line -> line.equals("### Portal del contribuyente"));
        assertThat(bake.diagnostics()).filteredOn(d -> d.message().contains("Portal del contribuyente"))
                .singleElement().satisfies(d -> {
                    assertThat(d.format()).startsWith("src/bmm/03.vista-h1-atencion.md:" + later + ": warning [BMM085] ");
                    assertThat(d.message()).contains("src/bmm/02.fichas-sistemas.md:" + earlier);
                });
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theNewerExportGivesTheViewItsTextAndTheOlderStaysReachable(Architecture architecture) {
        Bake bake = baked(architecture);
        Path view = viewPage(bake, ARREARS);
        String text = parse(view).text();
        String newer = "Versión vigente: la cartera se clasifica por riesgo de incumplimiento.";
        String older = "Versión anterior: la cartera se clasificaba por edades de la deuda.";

        assertThat(text).contains(newer);
        assertThat(text.indexOf(older)).as("the older text, if shown, comes after the newer")
                .satisfiesAnyOf(i -> assertThat(i).isEqualTo(-1), i -> assertThat(i).isGreaterThan(text.indexOf(newer)));
        assertThat(reachableText(bake)).contains(older, "Llamadas y cartas al deudor antes del cobro coactivo.",
                "Retiro contable de las deudas que ya no se pueden cobrar.");
        assertThat(otherDocumentsListed(bake, view)).as("the view page lists the other export's document").isNotEmpty();
        assertThat(bake.diagnostics()).as("a note names both exports")
                .anyMatch(d -> d.severity().label().equals("note")
                        && d.format().contains("04.BMM.Cartera.md") && d.format().contains("07.BMM.Cartera.md"));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aViewExportedAloneTakesItsTextFromThatExportRatherThanFromALaterCompilation(Architecture architecture) {
        Bake bake = baked(architecture);
        Path view = viewPage(bake, AUDITS);
        String text = parse(view).text();
        String alone = "Vista exportada sola: el control se divide en extensivo e intensivo.";
        String compiled = "Resumen de la fiscalización dentro del compendio.";

        assertThat(text).contains(alone);
        assertThat(text.indexOf(compiled)).satisfiesAnyOf(i -> assertThat(i).isEqualTo(-1),
                i -> assertThat(i).isGreaterThan(text.indexOf(alone)));
        assertThat(otherDocumentsListed(bake, view)).as("the view page lists the compilation's document")
                .anyMatch(page -> parse(page).text().contains("Este compendio reúne"));
    }

    // ---------------------------------------------------------------------------------------------
    // Details of real exports

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theModelTableIsATableOnTheViewPageWithItsBrokenRowJoinedBack(Architecture architecture) {
        Bake bake = baked(architecture);
        Document view = parse(viewPage(bake, ENFORCEMENT));
        Element table = view.select("main table").stream()
                .filter(t -> t.text().contains("Mandamiento de pago")).findFirst().orElseThrow(
                        () -> new AssertionError("no table of the model's elements on the view page"));

        assertThat(table.select("tbody tr")).extracting(row -> row.child(0).text())
                .containsExactly("Mandamiento de pago", "Embargo de cuentas", "Acuerdo de pago");
        assertThat(table.select("tbody tr").first().children().last().text())
                .isEqualTo("Acto que ordena al deudor pagar la obligación.");
        assertThat(view.select("main").text()).doesNotContain(" | ");
        assertThat(elementPages(bake, "acuerdo de pago")).as("the table names an element the document does not describe")
                .hasSize(1);
    }

    @Test
    void withoutTheModelTheTableFillsInTheElementItNamesButNoHeadingDescribes() {
        Bake bake = baked(Architecture.WITHOUT_MODEL);
        assertThat(parse(elementPage(bake, "acuerdo de pago")).text())
                .contains("Plazos pactados con el contribuyente para ponerse al día.");
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aTableRowRunOntoTheNextLineIsJoinedBackWithANote(Architecture architecture) {
        assertThat(atTheBrokenRow(baked(architecture))).singleElement().satisfies(d -> {
            assertThat(d.severity().label()).isEqualTo("note");
            assertThat(d.code()).matches("BMM\\d{3}").isNotIn(EARLIER_CODES);
        });
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aFigureThatIsNotAloneInItsParagraphIsStillTheViewsFigureWithANote(Architecture architecture) {
        Bake bake = baked(architecture);
        assertThat(atTheFigureInAParagraph(bake)).singleElement().satisfies(d -> {
            assertThat(d.severity().label()).isEqualTo("note");
            assertThat(d.code()).matches("BMM\\d{3}").isNotIn(EARLIER_CODES);
            assertThat(d.message()).containsIgnoringCase("blank line");
        });
        Document view = parse(viewPage(bake, SEIZURES));
        assertThat(view.select("figure img").attr("src")).endsWith("img/embargos.png");
        assertThat(view.text()).contains("Las medidas cautelares de la Tesorería Municipal se resumen en la figura:");
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void anUnclosedMetadataBlockInTheMiddleIsAWarningAndNeverText(Architecture architecture) {
        Bake bake = baked(architecture);
        assertThat(atTheUnclosedBlock(bake)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        assertThat(allHtml(bake)).allSatisfy(page -> assertThat(parse(page).text()).as(page.toString())
                .doesNotContain("title: Notificaciones", "lang: en"));
        assertThat(reachableText(bake)).as("what follows the block is not lost")
                .contains("Publicación del acto cuando no se pudo notificar de otra forma.");
    }

    @Test
    void theThreeFixUpsHaveThreeCodes() {
        Bake bake = baked(Architecture.WITHOUT_MODEL);
        List<List<Diagnostic>> fixUps = List.of(atTheBrokenRow(bake), atTheFigureInAParagraph(bake), atTheUnclosedBlock(bake));
        assertThat(fixUps).allSatisfy(found -> assertThat(found).hasSize(1));
        assertThat(fixUps).extracting(found -> found.get(0).code()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void printDirectivesNeverShowAndAreNotReported(Architecture architecture) {
        Bake bake = baked(architecture);
        List<String> leftovers = new ArrayList<>(PRINT_DIRECTIVES);
        leftovers.addAll(List.of("{#fig:", "![", "titlepage"));
        assertThat(filesContaining(bake, leftovers)).isEmpty();
        assertThat(allHtml(bake)).filteredOn(page -> parse(page).text().contains("(view)"))
                .as("pages showing the export's (view) mark").isEmpty();
        for (String document : fixtureDocuments()) {
            List<String> lines = fixtureLines(document);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (PRINT_DIRECTIVES.stream().anyMatch(line::contains)) {
                    assertThat(diagnosticsAt(bake, document, i + 1)).as("%s:%d", document, i + 1)
                            .noneMatch(d -> d.severity() == Severity.WARNING || d.severity() == Severity.ERROR);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void langEnOnSpanishTextIsNotAWarningOnceTheLanguageIsSet(Architecture architecture) {
        Bake bake = baked(architecture);
        assertThat(bake.diagnostics()).extracting(Diagnostic::format).noneMatch(d -> d.contains("[BMM013]"));
        assertThat(allHtml(bake)).allSatisfy(page -> assertThat(parse(page).selectFirst("html").attr("lang"))
                .as(page.toString()).isEqualTo("es"));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aPlaceholderWithoutValueIsMarkedTheSameWayEverywhere(Architecture architecture) {
        Bake bake = baked(architecture);
        assertThat(filesContaining(bake, List.of("$VIGENCIA", "$ENTIDAD"))).isEmpty();
        Document view = parse(viewPage(bake, SEIZURES));
        Element inCaption = view.select("figcaption mark").first();
        Element inTitle = view.select("main h1 mark").first();
        assertThat(inCaption).as("the caption marks $VIGENCIA").isNotNull();
        assertThat(inTitle).as("the title marks $VIGENCIA").isNotNull();
        assertThat(inTitle.outerHtml()).isEqualTo(inCaption.outerHtml());
    }

    @Test
    void modelDocumentationWrittenInMarkdownIsRendered() {
        Bake bake = baked(Architecture.WITH_MODEL);
        Document debtors = parse(elementPage(bake, "registro de deudores"));
        assertThat(debtors.select("main strong").eachText()).contains("morosos");
        assertThat(debtors.select("main li").eachText()).contains("el saldo de cada obligación", "la fecha del último pago");
        assertThat(debtors.select("main").text()).doesNotContain("**");
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void everyLinkAndAnchorOfEveryPageResolves(Architecture architecture) {
        Bake bake = baked(architecture);
        List<String> broken = new ArrayList<>();
        Map<Path, Document> targets = new HashMap<>();
        int anchors = 0;
        for (Path page : allHtml(bake)) {
            for (Element link : parse(page).select("[href], [src]")) {
                String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                String where = bake.site().relativize(page) + " -> " + href;
                URI uri;
                try {
                    uri = new URI(href.replace(" ", "%20"));
                } catch (URISyntaxException e) {
                    broken.add(where + " (not a link)");
                    continue;
                }
                if (uri.getScheme() != null) {
                    continue;
                }
                Path file = uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
                if (!file.startsWith(bake.site()) || !Files.isRegularFile(file)) {
                    broken.add(where);
                } else if (uri.getFragment() != null && file.toString().endsWith(".html")) {
                    anchors++;
                    if (targets.computeIfAbsent(file, HoldOutExportsTest::parse).getElementById(uri.getFragment()) == null) {
                        broken.add(where + " (no such id)");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(anchors).as("anchors checked").isGreaterThan(5);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void everySentenceTheAuthorsWroteIsOnAPageTheReaderCanReach(Architecture architecture) {
        Bake bake = baked(architecture);
        String reachable = reachableText(bake);
        for (String document : fixtureDocuments()) {
            for (String line : fixtureLines(document)) {
                // Left out: the compilation's introduction of a view that another document exports alone. The
                // rules give the view the other text and do not say where this one goes.
                if (line.matches("\\p{Lu}.*[.:]") && !line.contains("$VIGENCIA")
                        && !line.equals("Resumen de la fiscalización dentro del compendio.")) {
                    String sentence = line.replace("$ENTIDAD", VARIABLES.get("ENTIDAD"));
                    assertThat(reachable).as("%s: %s", document, sentence).contains(sentence);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static Bake baked(Architecture architecture) {
        Bake bake = bakes.get(architecture);
        assertThat(bake.finished()).as("the bake stopped: %s", bake.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::format).toList()).isTrue();
        return bake;
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(Document page) {
        Element h1 = Optional.ofNullable(page.selectFirst("main h1")).orElse(page.selectFirst("h1"));
        return h1 == null ? "" : h1.text();
    }

    private static String withoutCode(String title) {
        return LEADING_CODE.matcher(title).replaceFirst("");
    }

    /** Compared as the rules compare names: without case, accents or runs of spaces. */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    private static List<Path> pages(Bake bake, String folder) {
        Path root = bake.site().resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> allFiles(Bake bake) {
        try (Stream<Path> files = Files.walk(bake.site())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file: text} for each of {@code texts} that a page, the search index or the open data holds. */
    private static List<String> filesContaining(Bake bake, List<String> texts) {
        List<String> found = new ArrayList<>();
        for (Path file : allFiles(bake)) {
            Path relative = bake.site().relativize(file);
            if (!relative.startsWith("assets") && relative.toString().matches(".*\\.(html|js|json|csv|xml)")) {
                String content = read(file);
                texts.stream().filter(content::contains).forEach(text -> found.add(relative + ": " + text));
            }
        }
        return found;
    }

    private static List<Path> allHtml(Bake bake) {
        return allFiles(bake).stream().filter(f -> f.toString().endsWith(".html")).toList();
    }

    /** The one view page that holds the figure {@code figureId}. */
    private static Path viewPage(Bake bake, String figureId) {
        List<Path> found = pages(bake, "vistas").stream()
                .filter(page -> parse(page).getElementById(figureId) != null).toList();
        assertThat(found).as("view pages of %s", figureId).hasSize(1);
        return found.get(0);
    }

    /** Element pages whose title, without its code, is {@code foldedName}. */
    private static List<Path> elementPages(Bake bake, String foldedName) {
        return pages(bake, "elementos").stream()
                .filter(page -> folded(withoutCode(title(parse(page)))).equals(foldedName)).toList();
    }

    private static Path elementPage(Bake bake, String foldedName) {
        List<Path> found = elementPages(bake, foldedName);
        assertThat(found).as("element pages named %s", foldedName).hasSize(1);
        return found.get(0);
    }

    private static Path target(Path page, Element link) {
        String href = link.attr("href").replaceFirst("#.*", "");
        return href.isEmpty() || href.contains(":") ? page : page.getParent().resolve(href).normalize();
    }

    private static List<String> linkedTitles(Bake bake, Path page, String folder) {
        List<Path> candidates = pages(bake, folder);
        return parse(page).select("main a[href]").stream().map(a -> target(page, a)).filter(candidates::contains)
                .distinct().map(p -> title(parse(p))).toList();
    }

    /** Document pages that the view page links to and that show the view themselves. */
    private static List<Path> otherDocumentsListed(Bake bake, Path view) {
        List<Path> documents = pages(bake, "documentos");
        return parse(view).select("main a[href]").stream().map(a -> target(view, a)).filter(documents::contains)
                .distinct().filter(document -> parse(document).select("a[href]").stream()
                        .anyMatch(a -> target(document, a).equals(view))).toList();
    }

    /** The text of every page a reader reaches from the home page by following links. */
    private static String reachableText(Bake bake) {
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> next = new ArrayDeque<>(List.of(bake.site().resolve("index.html")));
        while (!next.isEmpty()) {
            Path page = next.poll();
            if (!seen.add(page) || !Files.isRegularFile(page)) {
                continue;
            }
            for (Element link : parse(page).select("a[href]")) {
                Path target = target(page, link);
                if (target.startsWith(bake.site()) && target.toString().endsWith(".html") && !seen.contains(target)) {
                    next.add(target);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        seen.stream().filter(Files::isRegularFile).forEach(page -> text.append(parse(page).text()).append('\n'));
        return text.toString();
    }

    /** What is reported at the line that continues a table row ({@code " |"}). */
    private static List<Diagnostic> atTheBrokenRow(Bake bake) {
        return diagnosticsAt(bake, "10.compendio-recaudo.md", lineOf("10.compendio-recaudo.md", l -> l.startsWith(" |")));
    }

    /** What is reported at the line of the figure written right after a line of text, but its placeholder. */
    private static List<Diagnostic> atTheFigureInAParagraph(Bake bake) {
        return diagnosticsAt(bake, "06.vista-embargos.md", lineOf("06.vista-embargos.md", l -> l.contains("{#fig:")))
                .stream().filter(d -> !d.message().contains("$VIGENCIA")).toList();
    }

    /** What is reported at the {@code ---} that opens a metadata block never closed. */
    private static List<Diagnostic> atTheUnclosedBlock(Bake bake) {
        return diagnosticsAt(bake, "08.vista-notificaciones.md",
                lineOf("08.vista-notificaciones.md", l -> l.equals("title: Notificaciones")) - 1);
    }

    private static List<Diagnostic> diagnosticsAt(Bake bake, String document, int line) {
        return bake.diagnostics().stream()
                .filter(d -> d.location().file().equals(Path.of("src", "bmm", document)) && d.location().line() == line)
                .toList();
    }

    private static Set<String> figureIdsOfTheFixture() {
        Set<String> ids = new TreeSet<>();
        for (String document : fixtureDocuments()) {
            Matcher figure = FIGURE_ID.matcher(String.join("\n", fixtureLines(document)));
            while (figure.find()) {
                ids.add(figure.group(1));
            }
        }
        return ids;
    }

    private static List<String> fixtureDocuments() {
        try (Stream<Path> files = Files.list(FIXTURE.resolve("src/bmm"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fixtureLines(String document) {
        return read(FIXTURE.resolve("src/bmm").resolve(document)).lines().toList();
    }

    /** The 1-based number of the first line of {@code document} that {@code wanted} accepts. */
    private static int lineOf(String document, Predicate<String> wanted) {
        List<String> lines = fixtureLines(document);
        return IntStream.range(0, lines.size()).filter(i -> wanted.test(lines.get(i))).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture " + document + " changed")) + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static Path resource(String name) {
        URL url = HoldOutExportsTest.class.getResource(name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
