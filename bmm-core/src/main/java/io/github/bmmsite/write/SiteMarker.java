package io.github.bmmsite.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The file {@code .bmm-site} a bake leaves at the root of the folders it makes. In the output
 * folder it says what baked it and which files it wrote, so that the next bake replaces those and
 * nothing else; in a staging or retired folder it also names the process that owns the folder, so
 * that a later bake removes the folders of a bake that was killed. The bytes depend only on what it
 * records (no time), as every file of the site.
 *
 * @param files the site paths the bake wrote, sorted
 */
record SiteMarker(String bakedBy, Optional<BakeProcess> owner, List<String> files) {

    static final String NAME = ".bmm-site";

    private static final String HEADER = "# Written by a bake of bmm-site. A bake replaces this folder only while this"
            + " file is here; do not edit it.";
    private static final String FORMAT = "bmm-site-marker 1";
    /** Far more than the list of any real site; a larger file is not a marker, and is not read whole. */
    private static final long MAX_BYTES = 64L << 20;

    /** A running bake, by process id and start time (process ids are reused, e.g. in every new container). */
    record BakeProcess(long pid, Optional<Instant> start) {

        static BakeProcess current() {
            ProcessHandle self = ProcessHandle.current();
            return new BakeProcess(self.pid(), self.info().startInstant());
        }

        /** Whether the process still runs; a start time a second off is the same start, seen by another JVM. */
        boolean running() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> start.isEmpty() || process.info().startInstant()
                            .map(started -> Math.abs(started.toEpochMilli() - start.get().toEpochMilli()) <= 1000)
                            .orElse(true))
                    .isPresent();
        }
    }

    SiteMarker {
        files = files.stream().sorted().toList();
    }

    /** The marker of a staging or retired folder of this process. */
    static SiteMarker ofWorkFolder(String bakedBy) {
        return new SiteMarker(bakedBy, Optional.of(BakeProcess.current()), List.of());
    }

    static boolean isIn(Path folder) {
        return Files.exists(folder.resolve(NAME), LinkOption.NOFOLLOW_LINKS);
    }

    /** The marker of {@code folder}, if it has one that is whole. */
    static Optional<SiteMarker> readFrom(Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
            return Optional.empty();
        }
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    void writeTo(Path folder) throws IOException {
        Files.write(folder.resolve(NAME), text().getBytes(StandardCharsets.UTF_8));
    }

    String text() {
        StringBuilder list = new StringBuilder();
        for (String file : files) {
            list.append(escape(file)).append('\n');
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(FORMAT).append('\n')
                .append("baked-by ").append(escape(bakedBy)).append('\n');
        owner.ifPresent(process -> {
            text.append("owner ").append(process.pid());
            process.start().ifPresent(start -> text.append(' ').append(start.toEpochMilli()));
            text.append('\n');
        });
        return text.append("files ").append(files.size()).append(' ').append(sha256(list.toString())).append('\n')
                .append(list).toString();
    }

    static Optional<SiteMarker> parse(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        int at = 0;
        while (at < lines.size() && lines.get(at).startsWith("#")) {
            at++;
        }
        try {
            if (!lines.get(at++).equals(FORMAT) || !lines.get(at).startsWith("baked-by ")) {
                return Optional.empty();
            }
            String bakedBy = unescape(lines.get(at++).substring("baked-by ".length()));
            Optional<BakeProcess> owner = Optional.empty();
            if (lines.get(at).startsWith("owner ")) {
                String[] words = lines.get(at++).split(" ");
                owner = Optional.of(new BakeProcess(Long.parseLong(words[1]), words.length > 2
                        ? Optional.of(Instant.ofEpochMilli(Long.parseLong(words[2]))) : Optional.empty()));
            }
            String[] count = lines.get(at++).split(" ");
            if (count.length != 3 || !count[0].equals("files")) {
                return Optional.empty();
            }
            int size = Integer.parseInt(count[1]);
            // The list, then the empty string after its last line break: nothing else.
            if (size < 0 || lines.size() != at + size + 1 || !lines.get(at + size).isEmpty()) {
                return Optional.empty();
            }
            List<String> list = lines.subList(at, at + size);
            StringBuilder listed = new StringBuilder();
            List<String> files = new ArrayList<>(size);
            for (String line : list) {
                listed.append(line).append('\n');
                files.add(unescape(line));
            }
            return sha256(listed.toString()).equals(count[2])
                    ? Optional.of(new SiteMarker(bakedBy, owner, files)) : Optional.empty();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            // Any other shape is not a marker a bake wrote.
            return Optional.empty();
        }
    }

    /** One line per name: line breaks and other control characters, and '%', as %XX. */
    private static String escape(String name) {
        StringBuilder escaped = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == '%') {
                escaped.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String unescape(String line) {
        StringBuilder name = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '%') {
                name.append((char) HexFormat.fromHexDigits(line, i + 1, i + 3));
                i += 2;
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
