package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * A baked site served under {@code /repo/}, as GitHub Pages serves a project site, and one
 * headless Chromium (1280 × 900) to read it, for all the tests of a class:
 * {@code @RegisterExtension static final ServedSite SITE = new ServedSite(SeedSiteForBrowsers::site);}.
 */
final class ServedSite implements BeforeAllCallback, AfterAllCallback {

    private final Callable<Path> site;
    private HttpServer server;
    private Browser browser;

    /** @param site bakes the site, or finds it baked, when the class's tests start */
    ServedSite(Callable<Path> site) {
        this.site = site;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = Browser.serve(site.call(), "/repo/");
        browser = Browser.start(1280, 900);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    Browser browser() {
        return browser;
    }

    HttpServer server() {
        return server;
    }

    /** The address of {@code page}, a path from the site's root. */
    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/" + page;
    }
}
