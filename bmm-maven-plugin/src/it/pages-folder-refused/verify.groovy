import java.nio.file.Files
import java.nio.file.Path

String text(Path file) {
    return new String(Files.readAllBytes(file), 'UTF-8')
}

Path project = basedir.toPath()
Path docs = project.resolve('docs')
String buildLog = new File(basedir, 'build.log').getText('UTF-8')

// The reason and the way out, in one line that names the folder.
assert buildLog.contains('[ERROR] docs: error [BMM042] the output folder is not empty and no bake wrote it (it has'
        + ' no .bmm-site file); it holds assets, index.html, sitemap.xml. The bake replaces no folder it does not'
        + ' own: choose an empty folder, or set bmm.cleanOutput=true to let the bake replace it (keeping .git,'
        + ' CNAME, .nojekyll and what bmm.keep lists)')
assert !buildLog.contains('at io.github'): 'build.log shows a stack trace of the plugin'

// Every file is as it was, nothing was added, and nothing was left beside the folder.
Map<String, String> expected = [
        '.git/HEAD'            : 'ref: refs/heads/gh-pages\n',
        'CNAME'                : 'arquitectura.example.org\n',
        'sitemap.xml'          : '<urlset><url><loc>https://arquitectura.example.org/</loc></url></urlset>\n',
        'index.html'           : '<p>Un sitio hecho con otra herramienta.</p>\n',
        'assets/css/site.css'  : 'body { margin: 0; }\n']
Map<String, String> actual = Files.walk(docs).withCloseable { paths ->
    paths.filter { Files.isRegularFile(it) }.toList()
            .collectEntries { [(docs.relativize(it).toString().replace('\\', '/')): text(it)] }
}
assert actual == expected
assert project.toFile().list().findAll { it.startsWith('.docs.') }.isEmpty()
// Refused before anything was read: no cache either.
assert !Files.exists(project.resolve('target/bmm-cache'))
return true
