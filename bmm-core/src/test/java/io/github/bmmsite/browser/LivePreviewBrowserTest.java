package io.github.bmmsite.browser;

import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.serve.LivePreview;
import io.github.bmmsite.serve.RecordingListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of {@code bmm:serve} in Chromium: they reload after a save, show a bad edit's problems
 * (also when opened after the bad edit), and a missing page is the site's own 404 page.
 */
class LivePreviewBrowserTest {

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();
    private Path document;
    private BakeOptions options;

    @BeforeEach
    void sources() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        document = Files.writeString(source.resolve("vista.md"), "## Vista\n\n### O1: Uno\nPrimera versión.\n");
        options = BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(project.resolve("target/site")).language("es").baseUrl("https://example.org/").build();
    }

    @Test
    void theOpenPageReloadsAfterASaveAndShowsTheProblemsOfABadOne() throws Exception {
        try (LivePreview preview = LivePreview.start(options, listener, "127.0.0.1", 0);
             Browser browser = Browser.start(1280, 900)) {
            browser.driver().get(preview.address() + "elementos/o1.html");
            // The page reloads under the wait: an element found just before may be gone when it is read.
            FluentWait<WebDriver> wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class);
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Primera versión."));
            wait.until(d -> "connected".equals(d.findElement(By.tagName("html")).getAttribute("data-bmm-live")));

            Files.writeString(document, "## Vista\n\n### O1: Uno\nSegunda versión.\n");
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Segunda versión."));
            wait.until(d -> "connected".equals(d.findElement(By.tagName("html")).getAttribute("data-bmm-live")));

            Files.writeString(document, "## Vista\n\n### O1: Uno\nTexto.\n\n| A |\n|---|\n| 1 |\n\n: Uno {#tbl:x}\n\n"
                    + "| B |\n|---|\n| 2 |\n\n: Dos {#tbl:x}\n");
            wait.until(d -> !d.findElements(By.className("bmm-live-problems")).isEmpty());

            String overlay = browser.driver().findElement(By.className("bmm-live-problems")).getText();
            assertThat(overlay).contains("El sitio no se pudo generar", "[BMM088]");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Segunda versión.");
            assertThat(browser.driver().findElement(By.className("bmm-live-problems")).getAttribute("role"))
                    .isEqualTo("alert");
        }
    }

    @Test
    void aPageOpenedWhileTheLastBakeFailsShowsTheProblemsUntilABakeSucceeds() throws Exception {
        try (LivePreview preview = LivePreview.start(options, listener, "127.0.0.1", 0);
             Browser browser = Browser.start(1280, 900)) {
            assertThat(listener.next()).isEqualTo("baked");
            Files.writeString(document, "## Vista\n\n![A](a.png){#fig:O1&\"más\"<2}\n\n![B](b.png){#fig:O1&\"más\"<2}\n");
            assertThat(listener.next()).startsWith("failed");

            // The page reloads under the wait: an element found just before may be gone when it is read.
            FluentWait<WebDriver> wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class);
            for (String scheme : new String[] {"dark", "light"}) {
                browser.colorScheme(scheme);
                browser.open(preview.address() + "elementos/o1.html");
                WebElement overlay = wait.until(d -> d.findElement(By.className("bmm-live-problems")));
                assertThat(overlay.getAttribute("role")).isEqualTo("alert");
                WebElement title = overlay.findElement(By.tagName("h2"));
                assertThat(title.getText()).contains("El sitio no se pudo generar");
                assertThat(overlay.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
                assertThat(overlay.findElement(By.tagName("pre")).getText())
                        .contains("src/bmm/vista.md:5: error [BMM024] the figure id 'fig:O1&\"más\"<2' is already used");
                assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Primera versión.");
                // The overlay's own colours, whatever the site's theme (axe cannot judge text over the page's).
                for (WebElement text : new WebElement[] {title, overlay.findElement(By.tagName("pre"))}) {
                    wait.until(d -> "rgb(92, 0, 0)".equals(browser.driver().executeScript(
                            "return getComputedStyle(arguments[0]).color", text)));
                }
                assertThat(browser.axeViolations()).as(scheme).isEqualTo("[]");
            }

            WebElement overlay = browser.driver().findElement(By.className("bmm-live-problems"));
            WebElement hide = overlay.findElement(By.tagName("button"));
            assertThat(hide.getText()).isEqualTo("Ocultar");
            hide.click();
            assertThat(overlay.isDisplayed()).isFalse();

            wait.until(d -> "connected".equals(d.findElement(By.tagName("html")).getAttribute("data-bmm-live")));
            Files.writeString(document, "## Vista\n\n### O1: Uno\nArreglado.\n");
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Arreglado."));
            assertThat(browser.driver().findElements(By.className("bmm-live-problems"))).isEmpty();
        }
    }

    @Test
    void aMissingPageIsTheSitesOwn404PageStyledAndLinkedFromThePreview() throws Exception {
        try (LivePreview preview = LivePreview.start(options, listener, "127.0.0.1", 0);
             Browser browser = Browser.start(1280, 900)) {
            // open() fails unless the site's stylesheet applies, which the 404 page links from the preview's root.
            browser.open(preview.address() + "elementos/no-existe.html");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
            assertThat(browser.axeViolations()).isEqualTo("[]");

            browser.driver().findElement(By.linkText("Ir al inicio")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().equals(preview.address() + "index.html"));
        }
    }
}
