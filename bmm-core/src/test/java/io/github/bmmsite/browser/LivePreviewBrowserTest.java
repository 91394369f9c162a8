package io.github.bmmsite.browser;

import io.github.bmmsite.bake.BakeFailedException;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.serve.LivePreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The open page of {@code bmm:serve} reloads after a save, and shows a bad edit's problems. */
class LivePreviewBrowserTest {

    @TempDir
    Path project;

    @Test
    void theOpenPageReloadsAfterASaveAndShowsTheProblemsOfABadOne() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Path document = Files.writeString(source.resolve("vista.md"), "## Vista\n\n### O1: Uno\nPrimera versión.\n");
        BakeOptions options = new BakeOptions(project, project.resolve("target"), source,
                project.resolve("target/site"), null, null, false, Optional.of("es"),
                Optional.of("https://example.org/"), StandardCharsets.UTF_8, Map.of(), Map.of());
        LivePreview.Listener quiet = new LivePreview.Listener() {
            @Override
            public void baked(BakeResult result, long millis) {
            }

            @Override
            public void failed(BakeFailedException failure) {
            }
        };
        try (LivePreview preview = LivePreview.start(options, quiet, "127.0.0.1", 0);
             Browser browser = Browser.start(1280, 900)) {
            browser.driver().get(preview.address() + "elementos/o1.html");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Primera versión."));
            // The reload script must have connected before the save, or the event is missed.
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
}
