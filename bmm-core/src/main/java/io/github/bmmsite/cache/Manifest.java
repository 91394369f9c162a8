package io.github.bmmsite.cache;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.IoReason;
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
import java.nio.file.LinkOption;
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

    /**
     * The manifest in {@code file}, if there is one that this build can use.
     *
     * @param root the cache folder, which {@code file} lies in
     * @throws CacheDamage if the file, or a folder on its way from {@code root}, is there but damaged
     */
    static Optional<Manifest> read(Path file, Path root) throws CacheDamage {
        Optional<byte[]> body = readChecked(file, root);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(new DataInputStream(new ByteArrayInputStream(body.get()))));
        } catch (IOException | IllegalArgumentException e) {
            // Intact, but in another build's format: only costs a full bake.
            return Optional.empty();
        }
    }

    /**
     * The body of a file written by {@link #writeChecked}, or empty if there is no such file.
     *
     * @throws CacheDamage if it, or a folder on its way from {@code root}, is there but cannot be used
     */
    static Optional<byte[]> readChecked(Path file, Path root) throws CacheDamage {
        for (Path folder = file.getParent(); folder.startsWith(root); folder = folder.getParent()) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new CacheDamage(folder, "a file stands where the cache keeps a folder");
            }
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CacheDamage(file, "a folder or link stands where the cache keeps a file");
        }
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CacheDamage(file, "it cannot be read: " + IoReason.of(e));
        }
        byte[] body = Arrays.copyOf(all, Math.max(0, all.length - HASH_BYTES));
        byte[] stored = Arrays.copyOfRange(all, body.length, all.length);
        if (!Arrays.equals(stored, sha256(body))) {
            throw new CacheDamage(file, "its checksum does not match its content");
        }
        return Optional.of(body);
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
