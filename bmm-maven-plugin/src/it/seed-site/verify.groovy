import java.nio.file.Files
import java.nio.file.Path
import java.util.regex.Pattern

Path site = basedir.toPath().resolve('target/site')
List<String> buildLog = new File(basedir, 'build.log').readLines('UTF-8')

String read(Path file) {
    assert Files.isRegularFile(file): "missing ${file}"
    return new String(Files.readAllBytes(file), 'UTF-8')
}

/** The part of a page between a heading and the next heading or the end of its section. */
String afterHeading(String html, String heading) {
    def matcher = Pattern.compile('(?s)<h3[^>]*>\\s*' + Pattern.quote(heading) + '\\s*</h3>(.*?)(?=<h3|</section>)')
            .matcher(html)
    assert matcher.find(): "no heading '${heading}'"
    return matcher.group(1)
}

assert Files.isRegularFile(site.resolve('index.html'))

// The architecture model (bmm.model = src/model) gives the relations, and a page to each process of
// the view that the document does not describe.
String financiera = read(site.resolve('elementos/gestion-financiera.html'))
assert financiera.contains('Sin descripción en el documento')
assert afterHeading(financiera, 'Realiza').contains('href="../elementos/o10.html"')
assert buildLog.every { !it.contains('[BMM07') && !it.contains('[BMM08') }: 'the seed model has problems'

// A relation links both ways.
String oeti01 = read(site.resolve('elementos/oeti01.html'))
assert oeti01.contains('href="../elementos/o7.html"')

String o7 = read(site.resolve('elementos/o7.html'))
String realizedBy = afterHeading(o7, 'Es realizado por')
assert realizedBy.contains('href="../elementos/oeti01.html"') && realizedBy.contains('OETI01')
assert realizedBy.contains('href="../elementos/toma-de-decisiones.html"') && realizedBy.contains('Toma de decisiones')
String influencedBy = afterHeading(o7, 'Es influido por')
assert influencedBy.contains('href="../elementos/oeti03.html"') && influencedBy.contains('OETI03')
assert influencedBy.contains('href="../elementos/tecnologia-como-habilitador-transversal-peti-otic.html"')
assert influencedBy.contains('Tecnología como Habilitador Transversal')

// The model's relations make alignment matrices (a real table with headers) and value chains.
String matrix = read(site.resolve('matrices/objetivos-otic.html'))
assert matrix.contains('<caption id="matriz-titulo">')
assert matrix.contains('<th scope="row"><a href="../elementos/oeti01.html">')
assert matrix.contains('<span class="visually-hidden">OETI01 </span>realiza<span class="visually-hidden"> O7</span>')
assert read(site.resolve('grupos/objetivos-sg.html')).contains('href="../matrices/objetivos-otic.html"')
assert o7.contains('<h2 id="cadena-de-valor">Cadena de valor</h2>')

// The view's figure keeps the id the export gave it and is numbered.
String view = read(site.resolve('vistas/objetivos-estrategicos-sg-otic.html'))
def figure = view =~ /(?s)<figure[^>]*\sid="fig:id-257a9a842fe0459c88cf09c4ebd37805"[^>]*>(.*?)<\/figure>/
assert figure.find(): 'the view has no figure with the exported id'
def caption = figure.group(1) =~ /(?s)<figcaption[^>]*>(.*?)<\/figcaption>/
assert caption.find(): 'the figure has no caption'
assert caption.group(1).replaceAll(/<[^>]+>/, '').trim().startsWith('Figura 1')

List<Path> pages = Files.walk(site).withCloseable { paths ->
    paths.filter { Files.isRegularFile(it) }
            .filter { it.fileName.toString().endsWith('.html') || it.fileName.toString() == 'sitemap.xml' }
            .toList()
}
assert pages.count { it.fileName.toString().endsWith('.html') } >= 20

// Pandoc/LaTeX leftovers of the export must never reach a page.
List<String> leftovers = ['{#fig', 'width=', '\\newpage', 'titlepage', '$APP']
for (Path page : pages) {
    // Drawings have width attributes of their own.
    String text = read(page).replaceAll(/(?s)<svg\b.*?<\/svg>/, '')
    for (String leftover : leftovers) {
        assert !text.contains(leftover): "${site.relativize(page)} contains ${leftover}"
    }
}

// The export says lang: en on Spanish text; the project's bmm.language wins, and then the documents' lang is not checked.
for (Path page : pages.findAll { it.fileName.toString().endsWith('.html') }) {
    assert read(page).contains('<html lang="es">'): "${site.relativize(page)} is not <html lang=\"es\">"
}
assert !buildLog.any { it.contains('[BMM013]') }

// The site works from disk and under a sub-path: internal links are relative and lead to a file.
Pattern reference = ~/\s(?:href|src)="([^"]*)"/
for (Path page : pages.findAll { it.fileName.toString().endsWith('.html') }) {
    def matcher = reference.matcher(read(page))
    while (matcher.find()) {
        String target = matcher.group(1)
        if (target ==~ /(?i)https?:.*/ || target.startsWith('#')) {
            continue
        }
        String where = "${site.relativize(page)} -> ${target}"
        URI uri = new URI(target)
        assert uri.scheme == null && !target.startsWith('/'): "not a relative link: ${where}"
        Path file = page.parent.resolve(uri.path).normalize()
        assert file.startsWith(site): "link leaves the site: ${where}"
        assert Files.isRegularFile(file): "broken link: ${where}"
    }
}
return true
