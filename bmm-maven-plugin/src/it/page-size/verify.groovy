import java.nio.file.Files
import java.nio.file.Path

Path project = basedir.toPath()
String buildLog = new File(basedir, 'build.log').getText('UTF-8')
String text(Path file) { new String(Files.readAllBytes(file), 'UTF-8') }
List<String> codes(String page) { (page =~ /<h2 id="miembro-\d+"><a [^>]*><span class="element-code">([^<]+)</).collect { it[1] } }

// In pages of two, the group has three pages, the first at the group's own address, each leading to
// the next and back, in the head and in the page's navigation.
Path paged = project.resolve('target/paged/grupos')
String first = text(paged.resolve('objetivos-estrategicos.html'))
String second = text(paged.resolve('objetivos-estrategicos.pagina-2.html'))
String third = text(paged.resolve('objetivos-estrategicos.pagina-3.html'))
assert codes(first) == ['O1', 'O2'] && codes(second) == ['O3', 'O4'] && codes(third) == ['O5']
assert first.contains('<link rel="next" href="../grupos/objetivos-estrategicos.pagina-2.html">')
assert second.contains('<link rel="prev" href="../grupos/objetivos-estrategicos.html">')
assert second.contains('<link rel="next" href="../grupos/objetivos-estrategicos.pagina-3.html">')
assert !third.contains('rel="next"')
assert second.contains('<a href="../grupos/objetivos-estrategicos.pagina-2.html" aria-label="Página 2" aria-current="page">2</a>')
assert second.contains('<title>Objetivos estratégicos, página 2 de 3 · ')

// The bake with a page size that is no number (run after the first, into the same folder, whose
// pages above it left as they were) refused it before reading anything, and said which parameter is wrong.
assert buildLog.contains("bmm.pageSize: 'dos' is not a number of entries a page shows; give a whole number from 1 (50 by default)")
assert !buildLog.contains('at io.github'): 'build.log shows a stack trace of the plugin'

// Into target/site, the bake with the default size after one in pages of two bakes again: the group
// is one page, and the pages of the slices are gone.
List<String> summaries = buildLog.readLines().findAll { it.startsWith('[INFO] Baked ') || it.startsWith('[INFO] BMM site is up to date') }
assert summaries.size() == 3 && summaries.every { it.startsWith('[INFO] Baked ') }: "every bake that ran bakes: ${summaries}"
Path site = project.resolve('target/site/grupos')
assert codes(text(site.resolve('objetivos-estrategicos.html'))) == ['O1', 'O2', 'O3', 'O4', 'O5']
assert !Files.exists(site.resolve('objetivos-estrategicos.pagina-2.html'))
assert !Files.exists(site.resolve('objetivos-estrategicos.pagina-3.html'))
return true
