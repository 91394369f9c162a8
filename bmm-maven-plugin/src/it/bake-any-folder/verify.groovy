import java.nio.file.Files
import java.nio.file.Path

Path folder = basedir.toPath()
assert !Files.exists(folder.resolve('pom.xml')): 'this test must run outside any Maven project'

String buildLog = new File(basedir, 'build.log').getText('UTF-8')
assert buildLog.contains('standalone-pom'): 'Maven did not run without a project'

// Relative folders are taken from the current folder; without -Dbmm.output the site goes to its
// target/site, as in a project.
for (Path site : [folder.resolve('out'), folder.resolve('target/site')]) {
    for (String page : ['index.html', 'sitemap.xml', 'assets/css/bmm.css', 'vistas/capacidades.html',
            'grupos/capacidades-de-negocio.html', 'elementos/cap1.html', 'elementos/gestion-documental.html']) {
        assert Files.isRegularFile(site.resolve(page)): "${folder.relativize(site)}/${page} was not baked"
    }
    assert new String(Files.readAllBytes(site.resolve('elementos/cap1.html')), 'UTF-8')
            .contains('Atender a la ciudadanía por todos los canales.')
}
assert Files.isDirectory(folder.resolve('target/bmm-cache'))
assert !Files.exists(folder.resolve('src'))
assert !buildLog.contains('${project.basedir}')

// Without bmm.baseUrl the sitemap cannot hold absolute addresses; the user is told how to fix it.
assert buildLog =~ /(?m)^\[WARNING\] out\/sitemap\.xml: warning \[BMM041\] /
assert buildLog =~ /(?m)^\[WARNING\] target\/site\/sitemap\.xml: warning \[BMM041\] /
return true
