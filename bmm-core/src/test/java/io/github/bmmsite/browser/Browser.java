package io.github.bmmsite.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Headless Chromium from the system packages, driven by Selenium, for the tests that need a real
 * browser. Where Chromium is missing, those tests are skipped with a message that says how to
 * install it, unless {@code -Dbrowser.required=true} (CI) makes that a failure.
 */
final class Browser implements AutoCloseable {

    static final String INSTALL_HINT = "install Chromium and its driver (Debian: apt-get install chromium"
            + " chromium-driver), or point -Dbrowser.binary and -Dbrowser.driver at them";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or skips (or fails, when required) the calling test if there is none. */
    static Browser start(int width, int height) throws IOException {
        Optional<Path> binary = find("browser.binary", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome"));
        Optional<Path> driverBinary = find("browser.driver", List.of("/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver"));
        if (binary.isEmpty() || driverBinary.isEmpty()) {
            String message = "Browser tests skipped: no headless Chromium found; " + INSTALL_HINT;
            if (Boolean.getBoolean("browser.required")) {
                throw new IllegalStateException(message.replace("skipped", "required (browser.required=true)"));
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("bmm-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                        "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary.get().toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    private static Optional<Path> find(String property, List<String> candidates) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a page of the site and waits until its stylesheets apply: right after the load event,
     * Chromium may still answer a style query with the unstyled value.
     */
    void open(String url) {
        driver.get(url);
        String styled = "return getComputedStyle(document.querySelector('.skip-link')).position === 'absolute'";
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(styled)));
        } catch (TimeoutException e) {
            throw new AssertionError(url + " is not styled: its skip link is not positioned by bmm.css", e);
        }
    }

    /** Emulates a screen {@code width} × {@code height} CSS pixels wide, at one device pixel per CSS pixel. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Runs {@code script} in the current page; {@code arguments[i]} are {@code args}. */
    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Emulates {@code prefers-color-scheme} (light or dark) for the pages loaded from now on. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Runs axe-core (from its WebJar) in the current page; returns the WCAG 2.1 A/AA violations as JSON. */
    String axeViolations() throws IOException {
        String axe;
        try (InputStream in = Browser.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js")) {
            if (in == null) {
                throw new IOException("axe-core is not on the test classpath");
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help,"
                + "          nodes: v.nodes.map(function (n) { return n.target.join(' ') + ': ' + n.failureSummary; })};"
                + "}))); }, function (e) { done('axe failed: ' + e); });");
        return String.valueOf(result);
    }

    private static String axeVersion() throws IOException {
        try (InputStream in = Browser.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Serves a folder on the loopback interface under a sub-path, as GitHub Pages serves a project
     * site under {@code /repo/}. Only files inside the folder are served.
     */
    static HttpServer serve(Path root, String prefix) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Path base = root.toAbsolutePath().normalize();
        server.createContext(prefix, exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath().substring(prefix.length());
                Path file = base.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
                if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", contentType(file));
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return server;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return name.endsWith(".xml") ? "application/xml" : "application/octet-stream";
    }
}
