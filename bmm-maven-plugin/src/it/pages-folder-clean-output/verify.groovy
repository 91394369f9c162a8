import java.nio.file.Files
import java.nio.file.Path

String text(Path file) {
    return new String(Files.readAllBytes(file), 'UTF-8')
}

Path project = basedir.toPath()
Path docs = project.resolve('docs')
String buildLog = new File(basedir, 'build.log').getText('UTF-8')

assert buildLog.findAll(/(?m)^\[INFO\] Baked \d+ pages into /).size() == 2: 'expected two bakes'
assert !buildLog.contains('[ERROR]')

// Kept beside the new site: the checkout, the domain, and what bmm.keep listed.
assert text(docs.resolve('.git/HEAD')) == 'ref: refs/heads/gh-pages\n'
assert text(docs.resolve('CNAME')) == 'arquitectura.example.org\n'
assert text(docs.resolve('informes/2024.pdf')) == '%PDF-1.4 informe anual\n'

// The other tool's site is replaced by the bake's.
assert text(docs.resolve('sitemap.xml')).contains('<loc>https://example.org/docs/elementos/cap1.html</loc>')
assert text(docs.resolve('elementos/cap1.html')).contains('Atender a la ciudadanía por todos los canales.')
assert !text(docs.resolve('index.html')).contains('otra herramienta')

// The marker names the plugin and lists what the bake wrote, and only that.
List<String> marker = text(docs.resolve('.bmm-site')).readLines()
assert marker.any { it ==~ /baked-by io\.github\.bmmsite:bmm-maven-plugin:\S+/ }
assert marker.contains('elementos/cap1.html') && marker.contains('sitemap.xml')
assert marker.every { !it.startsWith('CNAME') && !it.startsWith('.git') && !it.startsWith('informes') }

assert project.toFile().list().findAll { it.startsWith('.docs.') }.isEmpty(): 'a staging folder was left'
return true
