import java.nio.file.Files
import java.nio.file.Path
import java.util.regex.Pattern

Path site = basedir.toPath().resolve('target/site')
List<String> buildLog = new File(basedir, 'build.log').readLines('UTF-8')

String read(Path file) {
    assert Files.isRegularFile(file): "missing ${file}"
    return new String(Files.readAllBytes(file), 'UTF-8')
}

String situation = 'vistas/situacion-actual-sistemas-de-informacion-sg.html'
String objectives = 'vistas/objetivos-estrategicos-sg.html'

// ACC2 is described by two documents, once as "ACC2. Name" and once as "ACC2: Name": one page lists both views.
List<String> acc2Pages = Files.list(site.resolve('elementos')).withCloseable { files ->
    files.map { it.fileName.toString() }.filter { it.startsWith('acc2') }.toList()
}
assert acc2Pages == ['acc2.html']: "expected one page for ACC2, got ${acc2Pages}"
String acc2 = read(site.resolve('elementos/acc2.html'))
def views = acc2 =~ /(?s)<ul class="fact-list element-views">(.*?)<\/ul>/
assert views.find(): 'the page of ACC2 lists no views'
assert views.group(1).contains("href=\"../${situation}\"") && views.group(1).contains("href=\"../${objectives}\"")
// Both descriptions are on the page, each with its view.
assert acc2.contains('datos confiables para decidir') && acc2.contains('Modelo Integrado de Planeación y Gestión')
assert acc2 =~ /Según la vista <a href="\.\.\/vistas\/objetivos-estrategicos-sg\.html">/

// The differing description is a warning that names both places.
List<String> differs = buildLog.findAll { it.contains('[BMM085]') }
assert differs.size() == 1: "expected one BMM085 line, got ${differs}"
assert differs[0].startsWith('[WARNING] src/bmm/02.BMM.ObjetivosEstrategicos.md:14: warning [BMM085] ')
assert differs[0].contains('src/bmm/01.BMM.SituacionActual-SistemasInformacion.md:42')
// Every placeholder has a value here; the title page's $TITULO names the third view.
assert !buildLog.any { it.contains('[BMM020]') }
assert read(site.resolve('vistas/capacidades-de-ti.html')).contains('<h1>Capacidades de TI</h1>')
// The "(view)" mark of the export is not part of the title.
assert read(site.resolve(situation)).contains('<h1>Situación Actual. Sistemas de Información SG</h1>')

// The labelled table is "Tabla 1", and "@tbl:sistemas" links to it.
String situationPage = read(site.resolve(situation))
assert situationPage =~ /(?s)<table id="tbl:sistemas">\s*<caption><span class="bmm-table-number">Tabla 1:<\/span> Sistemas de información en producción<\/caption>/
assert situationPage.contains('la tabla <a class="bmm-xref" href="../' + situation + '#tbl:sistemas">1</a> resume su estado')
// The table-of-contents link to an element heading leads to the element's page.
assert situationPage.contains('<a href="../elementos/acc2.html">ACC2. Fortalecer la Gestión Pública</a>')

// Every link of every page leads to a file of the site, and every #anchor to an id of that page.
List<Path> pages = Files.walk(site).withCloseable { paths ->
    paths.filter { Files.isRegularFile(it) && it.fileName.toString().endsWith('.html') }.toList()
}
Pattern reference = ~/\s(?:href|src)="([^"]*)"/
Map<Path, Set<String>> ids = [:]
Set<String> idsOf(Map<Path, Set<String>> cache, Path page) {
    return cache.computeIfAbsent(page) { p ->
        (read(p) =~ /\sid="([^"]*)"/).collect { it[1].replace('&amp;', '&') } as Set<String>
    }
}
int anchors = 0
for (Path page : pages) {
    def matcher = reference.matcher(read(page))
    while (matcher.find()) {
        String target = matcher.group(1).replace('&amp;', '&')
        if (target ==~ /(?i)(https?|mailto):.*/) {
            continue
        }
        String where = "${site.relativize(page)} -> ${target}"
        URI uri = new URI(target)
        Path file = uri.path.isEmpty() ? page : page.parent.resolve(uri.path).normalize()
        assert file.startsWith(site) && Files.isRegularFile(file): "broken link: ${where}"
        if (uri.fragment != null && file.fileName.toString().endsWith('.html')) {
            assert idsOf(ids, file).contains(uri.fragment): "broken anchor: ${where}"
            anchors++
        }
    }
}
assert anchors >= 3: "only ${anchors} anchors checked"

// Pandoc and LaTeX leftovers of the export never reach a page.
for (Path page : pages) {
    String text = read(page)
    for (String leftover : ['{#', 'width=5in', '5in', 'page-break', '(view)', '\\newpage', '$TITULO', '$VERSIONES', '@tbl']) {
        assert !text.contains(leftover): "${site.relativize(page)} contains ${leftover}"
    }
}
return true
