package io.github.bmmsite.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Every entry of the source folder is either read or named with the reason it is not. */
class SourceFolderTest {

    @TempDir
    Path root;

    private SourceFolder.Unreadable onlyUnreadable(SourceFolder folder) {
        assertThat(folder.unreadable()).hasSize(1);
        return folder.unreadable().get(0);
    }

    @Test
    void aDocumentLinkToNothingIsNamed() throws IOException {
        Files.createSymbolicLink(root.resolve("roto.md"), Path.of("borrado.md"));

        SourceFolder folder = SourceFolder.scan(root);

        assertThat(folder.documents()).isEmpty();
        assertThat(onlyUnreadable(folder)).isEqualTo(new SourceFolder.Unreadable(root.resolve("roto.md"),
                "it is a link to 'borrado.md', which does not exist"));
    }

    @Test
    void linksThatLoopAreNamed() throws IOException {
        Files.createSymbolicLink(root.resolve("a.md"), Path.of("b.md"));
        Files.createSymbolicLink(root.resolve("b.md"), Path.of("a.md"));
        Files.createSymbolicLink(root.resolve("yo.md"), Path.of("yo.md"));

        SourceFolder folder = SourceFolder.scan(root);

        assertThat(folder.unreadable()).extracting(SourceFolder.Unreadable::entry)
                .containsExactly(root.resolve("a.md"), root.resolve("b.md"), root.resolve("yo.md"));
        assertThat(folder.unreadable()).extracting(SourceFolder.Unreadable::why)
                .allSatisfy(why -> assertThat(why).startsWith("it is a link that cannot be followed (")
                        .containsIgnoringCase("levels of symbolic links"));
    }

    @Test
    void aLinkToAFolderIsNamedAsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(root.resolve("otra"));
        Files.writeString(elsewhere.resolve("vista.md"), "## Vista\n");
        Path inside = Files.createDirectories(root.resolve("fuente"));
        Files.createSymbolicLink(inside.resolve("enlazada"), elsewhere);

        SourceFolder folder = SourceFolder.scan(inside);

        assertThat(folder.documents()).isEmpty();
        assertThat(onlyUnreadable(folder).entry()).isEqualTo(inside.resolve("enlazada"));
        assertThat(onlyUnreadable(folder).why()).startsWith("it is a link to a folder, and links to folders are not followed");
    }

    /** A FIFO opened for reading waits for a writer that never comes: only that could reach the bound. */
    @Test
    void aFifoIsNamedAndNeverOpened() throws Exception {
        SpecialFiles.fifo(root.resolve("tuberia.md"));
        Files.createSymbolicLink(root.resolve("enlace-a-tuberia.md"), Path.of("tuberia.md"));
        Files.writeString(root.resolve("vista.md"), "## Vista\n");

        SourceFolder folder = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> SourceFolder.scan(root));

        assertThat(folder.documents()).containsExactly(root.resolve("vista.md"));
        assertThat(folder.unreadable()).containsExactly(
                new SourceFolder.Unreadable(root.resolve("enlace-a-tuberia.md"),
                        "it is a link to something that is neither a file nor a folder (a FIFO, socket or device)"),
                new SourceFolder.Unreadable(root.resolve("tuberia.md"),
                        "it is neither a file nor a folder (a FIFO, socket or device)"));
    }

    @Test
    void aSocketIsNamed() throws IOException {
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(root.resolve("enchufe")));

            assertThat(onlyUnreadable(SourceFolder.scan(root))).isEqualTo(new SourceFolder.Unreadable(
                    root.resolve("enchufe"), "it is neither a file nor a folder (a FIFO, socket or device)"));
        }
    }

    @Test
    void aSourceFolderThatIsItselfALinkIsRead() throws IOException {
        Path real = Files.createDirectories(root.resolve("exportados"));
        Files.writeString(real.resolve("vista.md"), "## Vista\n");
        Files.createSymbolicLink(real.resolve("roto.md"), Path.of("borrado.md"));
        Path link = Files.createSymbolicLink(root.resolve("fuente"), real);

        SourceFolder folder = SourceFolder.scan(link);

        assertThat(folder.documents()).containsExactly(link.resolve("vista.md"));
        assertThat(folder.linksOutside()).isEmpty();
        assertThat(onlyUnreadable(folder).entry()).isEqualTo(link.resolve("roto.md"));
    }

    @Test
    void hiddenEntriesAreLeftOutUnnamed() throws Exception {
        Files.createSymbolicLink(root.resolve(".roto.md"), Path.of("borrado.md"));
        Path hidden = Files.createDirectories(root.resolve(".git"));
        Files.createSymbolicLink(hidden.resolve("roto.md"), Path.of("borrado.md"));
        Files.writeString(hidden.resolve("oculto.md"), "## Oculto\n");

        SourceFolder folder = SourceFolder.scan(root);

        assertThat(folder.documents()).isEmpty();
        assertThat(folder.unreadable()).isEmpty();
    }

    @Test
    void documentsAndModelFilesAreFoundInPathOrderLinksInsideIncluded() throws IOException {
        Path sub = Files.createDirectories(root.resolve("b"));
        Files.writeString(sub.resolve("vista.md"), "## B\n");
        Files.writeString(root.resolve("a.md"), "## A\n");
        Files.writeString(root.resolve("a.model.yaml"), "types: {}\n");
        Files.writeString(root.resolve("imagen.png"), "png");
        Files.createSymbolicLink(root.resolve("c.md"), Path.of("a.md"));

        SourceFolder folder = SourceFolder.scan(root);

        assertThat(folder.documents()).containsExactly(root.resolve("a.md"), sub.resolve("vista.md"), root.resolve("c.md"));
        assertThat(folder.modelFiles()).containsExactly(root.resolve("a.model.yaml"));
        assertThat(folder.unreadable()).isEmpty();
    }
}
