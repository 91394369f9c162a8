import java.nio.file.Files
import java.nio.file.Path

Path site = basedir.toPath().resolve('target/site')
String page(Path site, String path) {
    new String(Files.readAllBytes(site.resolve(path)), 'UTF-8')
}

// A document without date: the POM's timestamp, in the site's words.
assert page(site, 'elementos/cap1.html').contains('Fecha de publicación: <time datetime="2025-11-30">30 de noviembre de 2025</time>')
// A document with its own date keeps it.
assert page(site, 'elementos/o1.html').contains('Fecha de publicación: <time datetime="2025-03-14">14 de marzo de 2025</time></p>')
// A page of no document: the site's dates, from the earliest to the latest.
assert page(site, 'index.html').contains('Fecha de publicación: <time datetime="2025-03-14">14 de marzo de 2025</time>'
        + ' · Última actualización: <time datetime="2025-11-30">30 de noviembre de 2025</time>')

// The second bake named the property and wrote nothing.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] pom.xml: error [BMM047] project.build.outputTimestamp is 'ayer', which is neither")
assert !log.contains('internal error')
assert page(site, 'elementos/cap1.html').contains('30 de noviembre de 2025')
return true
