package io.github.bmmsite.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A bake that stops half-way, in a JVM of its own, for {@link SiteWriterSignalTest}: it stages a
 * page into the output folder named by its argument, says so, and waits to be stopped or killed.
 */
public final class StagingHolder {

    private StagingHolder() {
    }

    public static void main(String[] args) throws Exception {
        SiteWriter writer = SiteWriter.open(Path.of(args[0]), OutputPolicy.DEFAULT);
        writer.stage(new OutputFile.Bytes("index.html", "a medias".getBytes(StandardCharsets.UTF_8)));
        System.out.println("staged");
        System.out.flush();
        // Reads until the test stops or kills this JVM; never returns on its own.
        while (System.in.read() >= 0) {
            Thread.onSpinWait();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
