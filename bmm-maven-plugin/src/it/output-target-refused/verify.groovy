import java.nio.file.Files
import java.nio.file.Path

String text(Path file) {
    return new String(Files.readAllBytes(file), 'UTF-8')
}

Path target = basedir.toPath().resolve('target')
String buildLog = new File(basedir, 'build.log').getText('UTF-8')

assert buildLog.contains('[ERROR] target: error [BMM042] bmm.output (target) is the same folder as the build'
        + ' directory, project.build.directory (target): the bake replaces its output folder as a whole, so it would'
        + ' delete what is there; choose a folder inside it for bmm.output, such as target/site')
assert !buildLog.contains('at io.github'): 'build.log shows a stack trace of the plugin'

// The build's own files are intact, and nothing was added: refused before anything was read or written.
assert Files.readAllBytes(target.resolve('classes/es/ejemplo/App.class')) == [0xCA, 0xFE, 0xBA, 0xBE] as byte[]
assert text(target.resolve('output-target-refused-1.0.jar')) == 'PK'
assert target.toFile().list().sort() == ['classes', 'output-target-refused-1.0.jar']
assert basedir.list().findAll { it.startsWith('.target.') }.isEmpty()
return true
