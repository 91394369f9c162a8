package io.github.bmmsite.index;

import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.write.OutputFile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Files for the hosts and crawlers of a static site: {@code robots.txt} (pointing at the sitemap,
 * whose address must be absolute) and {@code .nojekyll}, so that GitHub Pages publishes the
 * folder as it is.
 */
public final class HostingFiles {

    private HostingFiles() {
    }

    public static List<OutputFile> files(Optional<String> baseUrl) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        baseUrl.map(url -> url.endsWith("/") ? url : url + "/")
                .ifPresent(base -> robots.append("Sitemap: ").append(base).append(SitePaths.SITEMAP).append('\n'));
        return List.of(
                new OutputFile.Bytes("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8)),
                new OutputFile.Bytes(".nojekyll", new byte[0]));
    }
}
