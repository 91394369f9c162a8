package io.github.bmmsite.source;

import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads text files strictly in one encoding (UTF-8 unless the project says otherwise): a file in
 * another encoding, a binary file or an oversized one is reported, never mis-read.
 */
public final class TextFileReader {

    /** Far above any exported document (the largest seen are about 100 KB). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Path displayBase;
    private final Charset charset;

    /**
     * @param displayBase diagnostics name files relative to this folder
     * @param charset the encoding the export writes
     */
    public TextFileReader(Path displayBase, Charset charset) {
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.charset = charset;
    }

    public Optional<TextFile> read(Path path, Diagnostics diagnostics) {
        Path display = displayPath(path);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                diagnostics.report(Problem.FILE_TOO_LARGE, SourceLocation.of(display), "the file has " + size
                        + " bytes, more than the " + MAX_BYTES + " a document may have; split it or check that it"
                        + " is the right file");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.report(Problem.UNREADABLE_FILE, SourceLocation.of(display),
                    "cannot read the file: " + IoReason.of(e));
            return Optional.empty();
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            diagnostics.report(Problem.BINARY_FILE, SourceLocation.of(display, lineAt(bytes, nul)),
                    "this is not a text file (it holds NUL bytes); only Markdown text can be read");
            return Optional.empty();
        }
        try {
            return Optional.of(new TextFile(path, display, normalise(decoder().decode(ByteBuffer.wrap(bytes)).toString())));
        } catch (CharacterCodingException e) {
            diagnostics.report(Problem.WRONG_ENCODING, SourceLocation.of(display, lineOfFirstInvalidByte(bytes)),
                    "the file is not valid " + charset.name() + "; save it as " + charset.name()
                            + ", or set bmm.encoding to the encoding it is written in (e.g. ISO-8859-1)");
            return Optional.empty();
        }
    }

    public Path displayPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(displayBase) ? displayBase.relativize(absolute) : absolute;
    }

    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private CharsetDecoder decoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private int lineOfFirstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = decoder();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return 0;
    }
}
