package io.github.bmmsite.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parameters of {@code bmm:bake}, as Maven sets them from the POM, from {@code -D} properties
 * and from their defaults, reach the bake. The project is {@code src/test/resources/unit/small-view}.
 */
@MojoTest
@Basedir("/unit/small-view")
class BakeMojoTest {

    @TempDir
    Path temp;

    @Inject
    MavenSession session;

    private Path output;

    /**
     * Every bake writes to a fresh folder, given as a user would on the command line; the test
     * project has no reporting directory for the default to point at.
     */
    @BeforeEach
    void outputToAFreshFolder() {
        output = temp.resolve("site");
        session.getUserProperties().setProperty("bmm.output", output.toString());
    }

    @Test
    @InjectMojo(goal = "bake")
    void bakesTheDocumentsOfTheDefaultSourceFolder(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(output.resolve("vistas/vista-de-prueba.html")).isRegularFile();
        assertThat(output.resolve("grupos/objetivos.html")).isRegularFile();
        assertThat(output.resolve("sitemap.xml")).isRegularFile();
        assertThat(output.resolve("assets/css/bmm.css")).isRegularFile();
        assertThat(read("elementos/ob2.html"))
                .contains("Texto del segundo objetivo.")
                .contains("href=\"../elementos/ob1.html\"");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "skip", value = "true")
    void skipWritesNothing(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(output).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "strict", value = "true")
    @MojoParameter(name = "baseUrl", value = "https://example.org/docs/")
    void strictModeFailsOnAPlaceholderWithoutValue(BakeMojo mojo) {
        failsOnThePlaceholderAlone(mojo);
    }

    /** With baseUrl set, the placeholder is the project's only warning: strict mode fails on it, writing nothing. */
    private void failsOnThePlaceholderAlone(BakeMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("the site was not baked: 1 warning(s) in strict mode");
        assertThat(log.warnings).anyMatch(line -> line.startsWith("src/bmm/vista.md:3: warning [BMM020]"));
        assertThat(output).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "bake")
    void bakesInAJvmOfItsOwnUnlessToldOtherwise(BakeMojo mojo) {
        assertThat(mojo.fork).isTrue();
    }

    /** The tests above bake in a JVM of their own (the default); this one in Maven's. */
    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "fork", value = "false")
    @MojoParameter(name = "strict", value = "true")
    @MojoParameter(name = "baseUrl", value = "https://example.org/docs/")
    void withoutForkTheBakeRunsInMavensJvmAndFailsAlike(BakeMojo mojo) {
        failsOnThePlaceholderAlone(mojo);
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "baseUrl", value = "javascript:alert(1)")
    void aBaseUrlOfAnotherSchemeFailsTheBuildNamingTheParameter(BakeMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("the site was not baked: 1 error(s)");
        assertThat(log.errors).containsExactly("pom.xml: error [BMM043] bmm.baseUrl is 'javascript:alert(1)', a"
                + " 'javascript:' address; pages link to it, so it must be an http or https address (https://…) or a"
                + " path relative to the site");
        assertThat(output).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "language", value = "es_CO")
    void aLanguageThatIsNoLanguageTagFailsTheBuildNamingTheParameter(BakeMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("the site was not baked: 1 error(s)");
        assertThat(log.errors).containsExactly("pom.xml: error [BMM017] bmm.language is 'es_CO', which is not a"
                + " language tag (BCP 47, such as es, en or es-CO)");
        assertThat(output).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "language", value = "en")
    void theLanguageChoosesTheWordsOfThePages(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(read("grupos/objetivos.html")).contains("<html lang=\"en\">").contains(">Home</a>")
                .doesNotContain(">Inicio</a>");
    }

    @Test
    @InjectMojo(goal = "bake")
    void withoutStrictModeAPlaceholderWithoutValueIsOnlyAWarning(BakeMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.warnings).anyMatch(line -> line.startsWith("src/bmm/vista.md:3: warning [BMM020]"));
        assertThat(log.errors).isEmpty();
        assertThat(read("vistas/vista-de-prueba.html")).contains("bmm-unresolved");
    }

    @Test
    @InjectMojo(goal = "bake")
    void theLanguageIsSpanishByDefault(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(read("index.html")).contains("<html lang=\"es\">");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "language", value = "en")
    void languageSetsTheLanguageOfEveryPage(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(read("index.html")).contains("<html lang=\"en\">");
        assertThat(read("elementos/ob1.html")).contains("<html lang=\"en\">");
    }

    @Test
    @InjectMojo(goal = "bake", pom = "configured-pom.xml")
    void variablesFillThePlaceholders(BakeMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(read("vistas/vista-de-prueba.html"))
                .contains("Preparada para Alcaldía de Prueba.")
                .doesNotContain("bmm-unresolved");
        assertThat(log.warnings).noneMatch(line -> line.contains("[BMM020]"));
    }

    @Test
    @InjectMojo(goal = "bake", pom = "configured-pom.xml")
    void configSiteTitleNamesTheSite(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(read("index.html")).contains("<title>Sitio de prueba</title>");
        assertThat(read("elementos/ob1.html")).contains("OB1: Primer objetivo · Sitio de prueba</title>");
    }

    @Test
    @InjectMojo(goal = "bake", pom = "configured-pom.xml")
    void baseUrlMakesTheSitemapAbsolute(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(read("sitemap.xml")).contains("<loc>https://example.org/docs/elementos/ob1.html</loc>");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "templates", value = "${project.basedir}/other-templates")
    void templatesOverrideDefaultTemplatesByName(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(read("elementos/ob1.html")).contains("class=\"other-element-template\"");
        assertThat(read("vistas/vista-de-prueba.html")).doesNotContain("other-element-template");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "assets", value = "${project.basedir}/other-assets")
    void assetsOverrideDefaultAssetsByPath(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(read("assets/css/bmm.css")).isEqualTo(Files.readString(
                Path.of(mojo.getClass().getResource("/unit/small-view/other-assets/css/bmm.css").toURI())));
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "model", value = "${project.basedir}/src/archi/modelo.archimate")
    void modelNamesTheArchitectureModel(BakeMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.errors).containsExactly("src/archi/modelo.archimate: error [BMM070] bmm.model names neither a"
                + " file nor a folder; point it at the model (.archimate, exchange .xml, or the collaboration folder)");
    }

    @Test
    @InjectMojo(goal = "bake")
    void anEmptyModelMeansNoModel(BakeMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        // What -Dbmm.model= gives the mojo; as a File it was the project's folder, which holds no model.
        mojo.model = "";

        mojo.execute();

        assertThat(log.errors).isEmpty();
        assertThat(read("elementos/ob1.html")).contains("Primer objetivo");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "model", value = "src/archi/modelo.archimate")
    void aRelativeModelPathIsReadFromTheProjectFolder(BakeMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.errors).singleElement().asString().startsWith("src/archi/modelo.archimate: error [BMM070]");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "model", value = "src/model/modelo.archimate")
    void withAModelEveryViewGetsAPageAndTheExportScriptsPropertiesAreHiddenByDefault(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(read("vistas/vista-del-modelo.html")).as("a view no document exports, titled by its 'titulo'")
                .contains("<h1>Vista del modelo</h1>", "Una vista que ningún documento exporta.");
        assertThat(read("vistas/vista-del-modelo.html")).doesNotContain(">titulo<", ">plantillaElm<");
        assertThat(read("elementos/ob1.html")).contains("<th scope=\"row\">responsable</th>");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "model", value = "src/model/modelo.archimate")
    @MojoParameter(name = "views", value = "documented")
    @MojoParameter(name = "hiddenProperties", value = "responsable,otra")
    void viewsAndHiddenPropertiesReachTheBake(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(output.resolve("vistas/vista-de-prueba.html")).isRegularFile();
        assertThat(output.resolve("vistas/vista-del-modelo.html")).as("only the views documents export").doesNotExist();
        assertThat(read("elementos/ob1.html")).doesNotContain(">responsable<");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "model", value = "src/model/modelo.archimate")
    void anEmptyListOfHiddenPropertiesShowsThemAll(BakeMojo mojo) throws Exception {
        // What -Dbmm.hiddenProperties= gives the mojo.
        mojo.hiddenProperties = List.of("");

        mojo.execute();

        assertThat(read("vistas/vista-del-modelo.html")).contains("<th scope=\"row\">titulo</th>",
                "<th scope=\"row\">plantillaElm</th>");
        assertThat(read("elementos/ob1.html")).contains(">responsable<");
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "views", value = "todas")
    void anUnknownChoiceOfViewsFailsNamingTheParameter(BakeMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("bmm.views: 'todas' is neither 'all' (every view of the model gets a page) nor 'documented'"
                        + " (only the views documents export)");
        assertThat(output).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "bake")
    @MojoParameter(name = "pageSize", value = "1")
    void thePageSizeCutsAGroupIntoPages(BakeMojo mojo) throws Exception {
        mojo.execute();

        assertThat(read("grupos/objetivos.html")).contains("<link rel=\"next\" href=\"../grupos/objetivos.pagina-2.html\">");
        assertThat(read("grupos/objetivos.pagina-2.html")).contains("<link rel=\"prev\" href=\"../grupos/objetivos.html\">");
    }

    @Test
    @InjectMojo(goal = "bake")
    void aPageSizeThatIsNotAWholeNumberFromOneFailsNamingTheParameter(BakeMojo mojo) {
        for (String value : List.of("0", "-5", "2.5", "cero", "", "99999999999")) {
            mojo.pageSize = value;

            assertThatThrownBy(mojo::execute).as(value).isInstanceOf(MojoFailureException.class)
                    .hasMessage("bmm.pageSize: '" + value + "' is not a number of entries a page shows; give a whole"
                            + " number from 1 (50 by default)");
        }
        assertThat(output).doesNotExist();
    }

    private String read(String page) throws IOException {
        return Files.readString(output.resolve(page), StandardCharsets.UTF_8);
    }
}
