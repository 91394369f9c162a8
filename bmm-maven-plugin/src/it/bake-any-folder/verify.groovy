import java.nio.file.Files
import java.nio.file.Path

Path project = basedir.toPath()
Path out = project.resolve('out')

// Relative folders are taken from the project folder, not from wherever Maven was started.
for (String page : ['index.html', 'sitemap.xml', 'assets/css/bmm.css', 'vistas/capacidades.html',
        'grupos/capacidades-de-negocio.html', 'elementos/cap1.html', 'elementos/gestion-documental.html']) {
    assert Files.isRegularFile(out.resolve(page)): "out/${page} was not baked"
}
assert new String(Files.readAllBytes(out.resolve('elementos/cap1.html')), 'UTF-8')
        .contains('Atender a la ciudadanía por todos los canales.')

// Nothing goes to the default places.
assert !Files.exists(project.resolve('target/site'))
assert !Files.exists(project.resolve('src/bmm'))

// Without bmm.baseUrl the sitemap cannot hold absolute addresses; the user is told how to fix it.
String buildLog = new File(basedir, 'build.log').getText('UTF-8')
assert buildLog =~ /(?m)^\[WARNING\] out\/sitemap\.xml: warning \[BMM041\] /
return true
