import groovy.transform.Field

import java.nio.file.Files
import java.nio.file.Path
import java.text.Normalizer

Path project = basedir.toPath()
Path ordinary = project.resolve('target/site')
Path published = project.resolve('target/site-publicado')

// The two builds write one build.log, one after the other (with colour codes).
List<List<String>> runs = []
new File(basedir, 'build.log').eachLine('UTF-8') { String coloured ->
    String line = coloured.replaceAll(/\u001B\[[0-9;]*m/, '')
    if (line.startsWith('[INFO] Scanning for projects')) {
        runs << []
    }
    if (!runs.isEmpty()) {
        runs[-1] << line
    }
}

// jsoup, which the plugin bakes with, is in the builds' local repository: pages are read as a browser
// reads them, not with patterns.
File jsoupJar = new File(localRepositoryPath, 'org/jsoup/jsoup').listFiles()?.sort { it.name }?.reverse()
        ?.collect { new File(it, "jsoup-${it.name}.jar") }?.find { it.isFile() }
assert jsoupJar != null: "no jsoup jar under ${localRepositoryPath}"
def Jsoup = new URLClassLoader([jsoupJar.toURI().toURL()] as URL[], this.class.classLoader).loadClass('org.jsoup.Jsoup')

List<Path> files(Path site) {
    Files.walk(site).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }.sorted().toList()
    }
}

List<Path> htmlPages(Path site) {
    files(site).findAll { it.fileName.toString().endsWith('.html') }
}

String kindOf(Path site, Path page) {
    Path relative = site.relativize(page)
    relative.nameCount == 1 ? '(raíz)' : relative.getName(0).toString()
}

String folded(String text) {
    Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll(/\p{M}+/, '').toLowerCase(Locale.ROOT)
            .replaceAll(/\s+/, ' ').trim()
}

// A diagnostic as the plugin prints it (the failure message lists the failing ones again, indented).
@Field String DIAGNOSTIC = /^\[\w+\] \S.*?: (note|warning|error) \[(BMM\d{3})\] /

// For the closing note: pages by kind, diagnostics by code and bake time of each build.
Map<String, Integer> diagnosticsByCode(List<String> lines) {
    Map<String, Integer> counts = new TreeMap<>()
    lines.each { line ->
        def diagnostic = line =~ DIAGNOSTIC
        if (diagnostic.find()) {
            counts.merge("${diagnostic.group(2)} ${diagnostic.group(1)}".toString(), 1, Integer::sum)
        }
    }
    counts
}
[ordinary, published].eachWithIndex { Path site, int index ->
    List<String> run = index < runs.size() ? runs[index] : []
    Map<String, Integer> pages = new TreeMap<>()
    if (Files.isDirectory(site)) {
        htmlPages(site).each { pages.merge(kindOf(site, it), 1, Integer::sum) }
    }
    println "[real-export-folder] build ${index + 1} (${project.relativize(site)}): pages by kind ${pages}"
    println "[real-export-folder] build ${index + 1}: diagnostics by code ${diagnosticsByCode(run)}"
    println "[real-export-folder] build ${index + 1}: ${run.find { it.startsWith('[INFO] Baked ') }}"
}

// Both builds ran and succeeded; the first reports no error, the strict one not even a warning.
runs.eachWithIndex { List<String> run, int index ->
    List<String> failing = index == 0 ? ['error'] : ['error', 'warning']
    List<String> problems = run.findAll { line ->
        def diagnostic = line =~ DIAGNOSTIC
        (diagnostic.find() && diagnostic.group(1) in failing) || line.startsWith('[ERROR] Failed to execute goal')
    }
    assert problems.isEmpty(): "build ${index + 1}:\n${problems.join('\n')}"
    assert run.any { it == '[INFO] BUILD SUCCESS' }: "build ${index + 1} did not succeed"
    assert run.any { it.startsWith('[INFO] Baked ') }: "build ${index + 1} did not bake"
}
assert runs.size() == 2: "expected two builds in build.log, found ${runs.size()}"

String figure(String suffix) {
    'fig:id-0000000000000000000000000000' + suffix
}

Map<String, String> viewsOfTheSamples = [
        (figure('e001')): 'the compilation\'s first view',
        (figure('e002')): 'the view that the compilation, the single-view export and its newer export show',
        (figure('e003')): 'the view of the element cards',
        (figure('e004')): 'the first H1 view',
        (figure('e005')): 'the second H1 view']
List<String> leftovers = ['\\newpage', '\\pagebreak', '\\clearpage', 'page-break', '{#fig:', 'lang: en', 'titlepage']
List<String> placeholders = ['$APP', '$CLIENTE', '$TITULO', '$SUBTITULO', '$COMMIT']

for (Path site : [ordinary, published]) {
    String name = project.relativize(site).toString()
    assert Files.isRegularFile(site.resolve('index.html')): "${name}/index.html was not baked"
    List<Path> pages = htmlPages(site)
    Map<Path, Object> parsed = [:]
    Closure<Object> parse = { Path page -> parsed.computeIfAbsent(page) { Jsoup.parse(it.toFile(), 'UTF-8') } }
    Closure<List<Path>> pagesOf = { String kind -> pages.findAll { kindOf(site, it) == kind } }
    Closure<String> titleOf = { Path page -> parse(page).selectFirst('main h1')?.text() ?: '' }

    // One view page per view id: each figure of the samples is on exactly one view page, and the title
    // page makes none.
    List<Path> views = pagesOf('vistas')
    Map<String, List<Path>> pagesByFigure = viewsOfTheSamples.keySet().collectEntries { id ->
        [(id): views.findAll { parse(it).getElementById(id) != null }]
    }
    pagesByFigure.each { id, found ->
        assert found.size() == 1: "${name}: ${viewsOfTheSamples[id]} (${id}) is on ${found.size()} view pages: ${found.collect { site.relativize(it) }}"
    }
    assert pagesByFigure.values().flatten().toSet().size() == viewsOfTheSamples.size(): "${name}: two figures share a view page"
    assert views.size() == viewsOfTheSamples.size():
            "${name}: expected ${viewsOfTheSamples.size()} view pages, got ${views.collect { site.relativize(it) }}"
    assert !pages.any { it.fileName.toString().contains('portada') }: "${name}: the title page made a page"

    // The compilation's own text (before its first view) is its document page, which leads to its views in order.
    List<Path> compilation = pagesOf('documentos').findAll { parse(it).text().contains('Texto general del documento para') }
    assert compilation.size() == 1: "${name}: expected one document page with the compilation's own text, got ${compilation}"
    def compilationPage = parse(compilation[0])
    assert titleOf(compilation[0]) == 'Documento de entregables de la visión'
    assert compilationPage.text().contains('Objetivo del dominio descrito en prosa, sin ser un elemento del modelo.')
    List<Path> linkedViews = compilationPage.select('main a[href]').collect { compilation[0].parent.resolve(it.attr('href').replaceAll(/#.*/, '')).normalize() }
            .findAll { it in views }.unique()
    assert linkedViews == [pagesByFigure[figure('e001')][0], pagesByFigure[figure('e002')][0]]:
            "${name}: the compilation's page should link to its two views in order, links to ${linkedViews.collect { site.relativize(it) }}"
    assert parse(site.resolve('index.html')).select('a[href]').any { site.resolve(it.attr('href')).normalize() == compilation[0] }:
            "${name}: the home page does not list the compilation"

    // Headings that are neither a model element nor coded are sections, not elements: the element pages
    // are the model's four elements the views draw, "PORTAL CIUDADANO" and "Portal ciudadano" one of them.
    List<Path> elements = pagesOf('elementos')
    elements.each { page ->
        String title = titleOf(page)
        String file = page.fileName.toString()
        assert !(folded(title) in ['ficha', 'elementos del modelo']) && !title.endsWith('(view)'):
                "${name}: ${site.relativize(page)} is an element page titled '${title}'"
        assert !file.startsWith('ficha') && !file.startsWith('elementos-del-modelo') && !file.endsWith('-view.html'):
                "${name}: element page ${file}"
    }
    List<Path> portal = elements.findAll { folded(titleOf(it)) == 'portal ciudadano' }
    assert portal.size() == 1: "${name}: expected one page for Portal ciudadano, got ${portal.collect { site.relativize(it) }}"
    assert elements.collect { folded(titleOf(it)) }.sort() == ['ciudadania', 'gestion de tramites', 'linea 195', 'portal ciudadano']:
            "${name}: element pages ${elements.collect { "${site.relativize(it)} '${titleOf(it)}'" }}"
    assert pagesOf('grupos').any { titleOf(it) == 'Canales de atención' }: "${name}: the Grouping 'Canales de atención' has no group page"

    // Print directives, metadata and placeholders never show as text.
    files(site).findAll { !site.relativize(it).startsWith('assets') && it.fileName.toString() =~ /\.(html|js|json|csv|xml)$/ }.each { file ->
        String text = new String(Files.readAllBytes(file), 'UTF-8')
        (leftovers + placeholders).each { leftover ->
            assert !text.contains(leftover): "${name}/${site.relativize(file)} contains ${leftover}"
        }
    }
    pages.each { page ->
        assert !parse(page).text().contains('(view)'): "${name}/${site.relativize(page)} shows the export's (view) mark"
    }

    // Every link and every #anchor of every page leads to a file of the site and an id on it.
    int links = 0
    int anchors = 0
    pages.each { page ->
        parse(page).select('[href], [src]').each { node ->
            String target = node.hasAttr('href') ? node.attr('href') : node.attr('src')
            if (target ==~ /(?i)(https?|mailto|tel|data):.*/) {
                return
            }
            String where = "${name}/${site.relativize(page)} -> ${target}"
            URI uri
            try {
                uri = new URI(target.replace(' ', '%20'))
            } catch (URISyntaxException e) {
                assert false: "not a link: ${where}"
            }
            Path file = uri.path.isEmpty() ? page : page.parent.resolve(uri.path).normalize()
            assert file.startsWith(site) && Files.isRegularFile(file): "broken link: ${where}"
            links++
            if (uri.fragment != null && file.fileName.toString().endsWith('.html')) {
                assert parse(file).getElementById(uri.fragment) != null: "broken anchor: ${where}"
                anchors++
            }
        }
    }
    assert links >= 100 && anchors >= 5: "${name}: only ${links} links and ${anchors} anchors checked"
}

// The published site speaks Spanish and fills every placeholder.
htmlPages(published).each { page ->
    assert Jsoup.parse(page.toFile(), 'UTF-8').selectFirst('html').attr('lang') == 'es': "${page} is not in Spanish"
}
assert files(published).any { new String(Files.readAllBytes(it), 'UTF-8').contains('Propuesta Portal de Atención la Secretaría de Atención Ciudadana (2025)') }
return true
