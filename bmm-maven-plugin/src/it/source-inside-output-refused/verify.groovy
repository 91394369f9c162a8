import java.nio.file.Files
import java.nio.file.Path

String text(Path file) {
    return new String(Files.readAllBytes(file), 'UTF-8')
}

Path published = basedir.toPath().resolve('publicado')
String buildLog = new File(basedir, 'build.log').getText('UTF-8')

assert buildLog.contains('[ERROR] publicado: error [BMM042] bmm.output (publicado) holds bmm.source'
        + ' (publicado/fuentes): the bake replaces its output folder as a whole, so it would delete it; choose an'
        + ' output folder outside it for bmm.output, such as target/site')
assert !buildLog.contains('BUILD SUCCESS')

// The documents are still there, and nothing was written.
assert text(published.resolve('fuentes/vista.md')).contains('Atender a la ciudadanía')
assert published.toFile().list() as List == ['fuentes']
assert published.resolve('fuentes').toFile().list() as List == ['vista.md']
assert basedir.list().findAll { it.startsWith('.publicado.') }.isEmpty()
return true
