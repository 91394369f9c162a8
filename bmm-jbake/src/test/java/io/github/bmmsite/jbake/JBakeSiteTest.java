package io.github.bmmsite.jbake;

import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.bake.SeedSite;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** BMM pages baked inside a JBake site of a team's own, by JBake's stock oven. */
class JBakeSiteTest {

    @TempDir
    Path work;

    @Test
    void aJBakeSiteBakesTheBmmPagesBesideItsOwn() throws Exception {
        new Baker(SeedSite.options(work.resolve("plugin"), work.resolve("plugin/site")).toBuilder().engine("jbake").build())
                .bake();
        Path generated = work.resolve("plugin/bmm-jbake");
        Path site = work.resolve("team-site");
        copy(generated.resolve("content"), site.resolve("content"));
        copy(generated.resolve("data"), site.resolve("data"));
        Files.createDirectories(site.resolve("assets"));
        Files.createDirectories(site.resolve("templates"));
        // The team's own page and template, rendered by JBake's own Freemarker engine.
        Files.writeString(site.resolve("content/acerca.html"),
                "title=Acerca del equipo\ntype=page\nstatus=published\n~~~~~~\n<p>Página del equipo.</p>\n");
        Files.writeString(site.resolve("templates/page.ftl"), "<h1>${content.title}</h1>${content.body}");
        // The BMM lines of the generated jbake.properties, with the templates named as docs/guide/engines.md says.
        String properties = Files.readString(generated.resolve("jbake.properties"))
                .replaceAll("(?m)^(template\\.bmm_\\w+\\.file = )(\\S+)\\.ftl$", "$1bmm/$2.bmmftl")
                .replaceAll("(?m)^db\\.path = .*$", "db.path = team-site");
        Files.writeString(site.resolve("jbake.properties"), properties);

        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(site.toFile(),
                site.resolve("output").toFile(), true));
        oven.bake();

        assertThat(oven.getErrors()).isEmpty();
        assertThat(site.resolve("output/acerca.html")).content().contains("Acerca del equipo", "Página del equipo.");
        for (String page : new String[] {"index.html", "elementos/o7.html", "vistas/objetivos-estrategicos-sg-otic.html",
                "sitemap.xml"}) {
            assertThat(site.resolve("output").resolve(page)).as(page)
                    .hasSameBinaryContentAs(work.resolve("plugin/site").resolve(page));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
