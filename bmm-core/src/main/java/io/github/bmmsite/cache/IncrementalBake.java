package io.github.bmmsite.cache;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.engine.PageCache;
import io.github.bmmsite.html.FragmentCache;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.source.SourceFolder;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The incremental bake of one output folder. Its cache lives in the build folder
 * ({@code target/bmm-cache/}), so {@code mvn clean} forces a full bake. Before anything is
 * read, it fingerprints every input: the plugin build, the options, every byte of the documents
 * and model files, of the images the previous bake published, of the templates, assets and
 * architecture model, and the names of every other file of the source folder (which the bake
 * does not read, so neither does the fingerprint). When the fingerprint equals the previous
 * successful bake's and the output still holds exactly the files that bake wrote (same names,
 * sizes and times), the bake is skipped. Otherwise pages are rendered again only when what they
 * show changed ({@link RenderedPages}), fragments only when their document or link targets
 * changed ({@link StoredFragments}), and the output is written as always, so nothing stale
 * survives.
 */
public final class IncrementalBake {

    private static final String FOLDER = "bmm-cache";

    private final Optional<Path> manifestFile;
    private final Path output;
    private final String inputsBesideImages;
    private final String inputs;
    private final Optional<Manifest> previous;
    private final PageCache pages;
    private final Optional<String> fragmentBase;
    private FragmentCache fragments;
    private Optional<CacheDamage> damage;

    private IncrementalBake(Optional<Path> manifestFile, Path output, String inputsBesideImages, String inputs,
                            Optional<Manifest> previous, PageCache pages, Optional<String> fragmentBase,
                            Optional<CacheDamage> damage) {
        this.manifestFile = manifestFile;
        this.output = output;
        this.inputsBesideImages = inputsBesideImages;
        this.inputs = inputs;
        this.previous = previous;
        this.pages = pages;
        this.fragmentBase = fragmentBase;
        this.damage = damage;
    }

    private static IncrementalBake off(Optional<Path> manifestFile, Path output) {
        return new IncrementalBake(manifestFile, output, "", "", Optional.empty(), PageCache.uncached(),
                Optional.empty(), Optional.empty());
    }

    /**
     * Fingerprints the inputs. When an input cannot be read (the bake itself reports that), it
     * renders every page and records nothing; when the cache is damaged ({@link #damage()}), it
     * renders every page and records this bake afresh. When the cache is switched off, it does not
     * even look at the cache folder.
     */
    public static IncrementalBake open(CacheInputs options) {
        Path output = options.output().toAbsolutePath().normalize();
        Optional<Path> manifestFile = options.buildDir().map(build -> build.toAbsolutePath()
                .normalize().resolve(FOLDER).resolve(new Hasher().text(output.toString()).hex().substring(0, 16))
                .resolve("manifest.bin"));
        if (!options.enabled() || manifestFile.isEmpty()) {
            return off(Optional.empty(), output);
        }
        try {
            String build = BuildIdentity.compute();
            Hasher templates = new Hasher().text(build);
            FileTrees.hash(templates, options.templates());
            String context = templates.hex();
            Optional<Manifest> previous = Optional.empty();
            Optional<CacheDamage> damage = Optional.empty();
            try {
                previous = Manifest.read(manifestFile.get(), cacheRoot(manifestFile.get()));
            } catch (CacheDamage e) {
                damage = Optional.of(e);
            }
            Map<String, Manifest.PageEntry> pages = previous.map(Manifest::pages).orElse(Map.of());
            String besideImages = inputs(options, build);
            Path source = options.source();
            String inputs = withImages(besideImages, previous.map(Manifest::outputs).orElse(Map.of()).keySet(),
                    sitePath -> source.resolve(sitePath.substring(SitePaths.IMAGES.length())));
            return new IncrementalBake(manifestFile, output, besideImages, inputs, previous,
                    new RenderedPages(context, pages, output), Optional.of(fragmentBase(options, build)), damage);
        } catch (IOException e) {
            return off(manifestFile, output);
        }
    }

    /** What document fragments depend on besides their document and the model. */
    private static String fragmentBase(CacheInputs options, String build) throws IOException {
        Hasher hasher = new Hasher().text(build).text(options.source().toAbsolutePath().normalize().toString())
                .text(options.projectDir().toAbsolutePath().normalize().toString());
        hasher.number(options.variables().size());
        new TreeMap<>(options.variables()).forEach((name, value) -> hasher.text(name).text(value));
        FileTrees.list(hasher, options.source());
        return hasher.hex();
    }

    private static String inputs(CacheInputs options, String build) throws IOException {
        Hasher hasher = new Hasher().text(build);
        for (Path path : new Path[] {options.projectDir(), options.source(), options.output(), options.templates(),
            options.assets()}) {
            hasher.text(path == null ? "" : path.toAbsolutePath().normalize().toString());
        }
        hasher.number(options.variables().size());
        new TreeMap<>(options.variables()).forEach((name, value) -> hasher.text(name).text(value));
        hasher.number(options.settings().size());
        options.settings().forEach(hasher::text);
        FileTrees.hash(hasher, options.source(), SourceFolder::isText);
        FileTrees.hash(hasher, options.templates());
        FileTrees.hash(hasher, options.assets());
        // The architecture model usually lives outside the source folder.
        hasher.text(options.model().map(path -> path.toAbsolutePath().normalize().toString()).orElse("\0"));
        FileTrees.hash(hasher, options.model().orElse(null));
        return hasher.hex();
    }

    /**
     * {@code inputsBesideImages} and the bytes of the images a bake published ({@code sitePaths}
     * under {@link SitePaths#IMAGES}), read from {@code file}. Only the documents say which images
     * a bake publishes, so before a bake they are those the previous bake published, read from the
     * source folder: when the documents changed, the fingerprint differs anyway. After a bake they
     * are read from the output, so that an image changed while it was being copied is not taken
     * for published.
     */
    private static String withImages(String inputsBesideImages, Set<String> sitePaths, Function<String, Path> file)
            throws IOException {
        Hasher hasher = new Hasher().text(inputsBesideImages);
        for (String sitePath : new TreeSet<>(sitePaths)) {
            if (sitePath.startsWith(SitePaths.IMAGES)) {
                Path image = file.apply(sitePath);
                hasher.text(sitePath);
                if (Files.isRegularFile(image)) {
                    hasher.file(image);
                } else {
                    hasher.tag('X');
                }
            }
        }
        return hasher.hex();
    }

    /** The previous bake, if its inputs were these and its output is still exactly as it left it. */
    public Optional<PreviousBake> upToDate() {
        if (previous.isEmpty() || !previous.get().inputs().equals(inputs)) {
            return Optional.empty();
        }
        try {
            if (!outputFiles().equals(previous.get().outputs())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        Manifest manifest = previous.get();
        return Optional.of(new PreviousBake(manifest.diagnostics(), manifest.pageCount(), manifest.outputs().size(),
                manifest.pages().size()));
    }

    public PageCache pages() {
        return pages;
    }

    /** What of the cache was found damaged and ignored, to report once the site is written. */
    public Optional<CacheDamage> damage() {
        return damage;
    }

    private static Path cacheRoot(Path manifestFile) {
        return manifestFile.getParent().getParent();
    }

    /** Reads the fragments kept by the previous bake (only a bake that is not up to date needs them). */
    public FragmentCache fragments() {
        if (fragments == null) {
            fragments = FragmentCache.uncached();
            if (fragmentBase.isPresent() && manifestFile.isPresent()) {
                try {
                    fragments = new StoredFragments(StoredFragments.read(fragmentsFile(),
                            cacheRoot(manifestFile.get())), fragmentBase.get());
                } catch (CacheDamage e) {
                    damage = damage.or(() -> Optional.of(e));
                }
            }
        }
        return fragments;
    }

    private Path fragmentsFile() {
        return manifestFile.orElseThrow().resolveSibling("fragments.bin");
    }

    /**
     * To call before the output is replaced: until the new manifest is saved, there is none, so
     * a bake interrupted in between is followed by a full one. A manifest that cannot be removed is
     * harmless: a later bake takes it as up to date only if the inputs and the output folder are
     * still exactly as it records.
     */
    public void invalidate() {
        if (manifestFile.isPresent()) {
            try {
                Files.deleteIfExists(manifestFile.get());
            } catch (IOException e) {
                if (damage.isEmpty()) {
                    damage = Optional.of(new CacheDamage(manifestFile.get(), "it cannot be removed: "
                            + IoReason.of(e)));
                }
            }
        }
    }

    /** Records the bake that has just been written, for the next one. */
    public CacheReport save(List<Diagnostic> diagnostics, int pageCount) throws IOException {
        CacheReport report = report();
        if (fragments instanceof StoredFragments stored) {
            stored.write(fragmentsFile());
        }
        if (manifestFile.isPresent() && pages instanceof RenderedPages rendered) {
            Map<String, Manifest.OutputRecord> outputs = outputFiles();
            new Manifest(withImages(inputsBesideImages, outputs.keySet(), output::resolve), pageCount, diagnostics,
                    outputs, rendered.entries()).write(manifestFile.get());
        }
        return report;
    }

    /** What this bake rendered and reused so far. */
    public CacheReport report() {
        return fragments instanceof StoredFragments stored
                ? new CacheReport(false, pages.rendered(), pages.reused(), stored.rendered(), stored.reused())
                : new CacheReport(false, pages.rendered(), pages.reused(), 0, 0);
    }

    private Map<String, Manifest.OutputRecord> outputFiles() throws IOException {
        Map<String, Manifest.OutputRecord> files = new HashMap<>();
        if (!Files.isDirectory(output)) {
            return files;
        }
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                // The history of a site checkout, which git changes while the site stays the same.
                return folder.equals(output.resolve(".git")) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.put(output.relativize(file).toString().replace('\\', '/'), attributes.isRegularFile()
                        ? new Manifest.OutputRecord(attributes.size(),
                                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS))
                        : new Manifest.OutputRecord(-1, -1));
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
