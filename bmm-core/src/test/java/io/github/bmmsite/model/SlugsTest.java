package io.github.bmmsite.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Slugs name files: however long or foreign the name, the slug fits a file name and stays the same. */
class SlugsTest {

    /** The longest file name a slug makes: a clash's suffix and the page's extension added. */
    private static int fileNameBytes(String slug) {
        return (slug + "-99.html").getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aShortNameIsFoldedAndKeptWhole() {
        assertThat(Slugs.slugify("Gestión de Trámites Ciudadanos")).isEqualTo("gestion-de-tramites-ciudadanos");
        assertThat(Slugs.slugify("a".repeat(Slugs.MAX_LENGTH))).isEqualTo("a".repeat(Slugs.MAX_LENGTH));
    }

    @Test
    void aSpanishNameOf360CharactersIsShortenedWithAHash() {
        String name = "Fortalecimiento de la gestión pública y de la atención a la ciudadanía en trámites ".repeat(5)
                .substring(0, 360);

        String slug = Slugs.slugify(name);

        assertThat(name).hasSize(360);
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                .startsWith("fortalecimiento-de-la-gestion-publica-y-de-la-atencion-a-la-ciudadania-en-tramites-")
                .matches(".*[a-z]-[0-9a-f]{8}");
        assertThat(fileNameBytes(slug)).isLessThanOrEqualTo(143);
        // Stable from one build and one Java to the next: published addresses must not change.
        assertThat(slug).isEqualTo("fortalecimiento-de-la-gestion-publica-y-de-la-atencion-a-la-ciudadania-en-tramites-"
                + "fortalecimiento-de-la-gestio-a2d7c985");
    }

    @Test
    void twoHundredEmojiMakeTheSlugOfANamelessElement() {
        String emoji = "\uD83D\uDE80".repeat(200);

        assertThat(emoji.getBytes(StandardCharsets.UTF_8)).hasSize(800);
        assertThat(Slugs.slugify(emoji)).isEqualTo("sin-nombre");
        assertThat(fileNameBytes(Slugs.slugify("Plan " + emoji + " " + "ñandú ".repeat(80))))
                .isLessThanOrEqualTo(143);
    }

    @Test
    void twoLongNamesWithTheSameFirst200CharactersGetSlugsOfTheirOwn() {
        String beginning = "Objetivo estratégico de transformación digital de la entidad ".repeat(4).substring(0, 200);
        Slugs slugs = new Slugs();

        String first = slugs.unique(beginning + " en la sede central");
        String second = slugs.unique(beginning + " en las sedes locales");

        assertThat(first).isNotEqualTo(second);
        assertThat(first.substring(0, first.length() - 8)).isEqualTo(second.substring(0, second.length() - 8));
        assertThat(first).matches(".*-[0-9a-f]{8}").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(second).matches(".*-[0-9a-f]{8}").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void theSameLongNameTwiceClashesAsAShortOneDoes() {
        String name = "Nombre larguísimo ".repeat(20);
        Slugs slugs = new Slugs();

        String first = slugs.unique(name);

        assertThat(slugs.unique(name)).isEqualTo(first + "-2");
    }
}
