package io.github.bmmsite.cache;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last successful bake into an output folder read and wrote: the fingerprint of its
 * inputs, its diagnostics (a bake that skips everything still reports them), every file of the
 * output with its size and time, and for each page the key it was rendered under. The file ends
 * with its own hash; a manifest that is damaged in any way is not used.
 */
record Manifest(String inputs, int pageCount, List<Diagnostic> diagnostics, Map<String, OutputRecord> outputs,
                Map<String, PageEntry> pages) {

    private static final int MAGIC = 0x424d4d43;
    private static final int HASH_BYTES = 32;

    /** A file of the output as the bake left it. */
    record OutputRecord(long size, long modifiedNanos) {
    }

    /**
     * How a page was rendered.
     *
     * @param key hash of its template set, template, {@code content} and {@code config}
     * @param dataRead the {@code data} keys its template read, with the hash of each value
     * @param output hash of the page's bytes
     */
    record PageEntry(String key, Map<String, String> dataRead, String output) {
    }

    Manifest {
        diagnostics = List.copyOf(diagnostics);
        outputs = Map.copyOf(outputs);
        pages = Map.copyOf(pages);
    }

    static Optional<Manifest> read(Path file) {
        try {
            Optional<byte[]> body = readChecked(file);
            if (body.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(decode(new DataInputStream(new ByteArrayInputStream(body.get()))));
        } catch (IOException | IllegalArgumentException e) {
            // A damaged or foreign manifest only costs a full bake.
            return Optional.empty();
        }
    }

    /** The body of a file written by {@link #writeChecked}, if it is there and intact. */
    static Optional<byte[]> readChecked(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] all = Files.readAllBytes(file);
        if (all.length < HASH_BYTES) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(all, all.length - HASH_BYTES);
        byte[] stored = Arrays.copyOfRange(all, all.length - HASH_BYTES, all.length);
        return Arrays.equals(stored, sha256(body)) ? Optional.of(body) : Optional.empty();
    }

    void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            encode(out);
        }
        writeChecked(file, bytes.toByteArray());
    }

    /** Writes the body and its hash to a temporary file, then moves it into place in one step. */
    static void writeChecked(Path file, byte[] body) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "manifest-", ".tmp");
        try {
            Files.write(temporary, body);
            Files.write(temporary, sha256(body), java.nio.file.StandardOpenOption.APPEND);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void encode(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        string(out, inputs);
        out.writeInt(pageCount);
        out.writeInt(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            string(out, diagnostic.problem().name());
            string(out, diagnostic.location().file().toString());
            out.writeInt(diagnostic.location().line());
            out.writeInt(diagnostic.location().column());
            string(out, diagnostic.message());
        }
        out.writeInt(outputs.size());
        for (Map.Entry<String, OutputRecord> output : outputs.entrySet()) {
            string(out, output.getKey());
            out.writeLong(output.getValue().size());
            out.writeLong(output.getValue().modifiedNanos());
        }
        out.writeInt(pages.size());
        for (Map.Entry<String, PageEntry> page : pages.entrySet()) {
            string(out, page.getKey());
            string(out, page.getValue().key());
            string(out, page.getValue().output());
            out.writeInt(page.getValue().dataRead().size());
            for (Map.Entry<String, String> read : page.getValue().dataRead().entrySet()) {
                string(out, read.getKey());
                string(out, read.getValue());
            }
        }
    }

    private static Manifest decode(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a manifest");
        }
        String inputs = string(in);
        int pageCount = in.readInt();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            Problem problem = Problem.valueOf(string(in));
            Path file = Path.of(string(in));
            int line = in.readInt();
            int column = in.readInt();
            diagnostics.add(new Diagnostic(problem, new SourceLocation(file, line, column), string(in)));
        }
        Map<String, OutputRecord> outputs = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            outputs.put(string(in), new OutputRecord(in.readLong(), in.readLong()));
        }
        Map<String, PageEntry> pages = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            String uri = string(in);
            String key = string(in);
            String output = string(in);
            Map<String, String> dataRead = new LinkedHashMap<>();
            for (int j = count(in); j > 0; j--) {
                dataRead.put(string(in), string(in));
            }
            pages.put(uri, new PageEntry(key, dataRead, output));
        }
        if (in.available() > 0) {
            throw new IOException("trailing bytes");
        }
        return new Manifest(inputs, pageCount, diagnostics, outputs, pages);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative count");
        }
        return count;
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = count(in);
        if (length > in.available()) {
            throw new IOException("truncated");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        return java.util.HexFormat.of().parseHex(Hasher.of(bytes));
    }
}
