import java.nio.file.Files
import java.nio.file.Path

Path target = Files.createDirectories(basedir.toPath().resolve('target'))

// A process that has ended: its id is what a killed bake leaves in its marker.
Process ended = new ProcessBuilder(System.getProperty('java.home') + '/bin/java', '-version')
        .redirectErrorStream(true).start()
ended.inputStream.readAllBytes()
ended.waitFor()

/** A staging or retired folder with a page of a site, marked as owned by the process {@code owner} ("pid [start]"). */
void leftover(Path folder, String owner) {
    Files.createDirectories(folder.resolve('site/imagenes'))
    Files.writeString(folder.resolve('site/index.html'), '<p>a medias</p>')
    Files.write(folder.resolve('site/imagenes/plano.png'), new byte[1 << 20])
    if (owner != null) {
        // The marker a bake writes: no file listed, so the list's SHA-256 is that of nothing.
        Files.writeString(folder.resolve('.bmm-site'), 'bmm-site-marker 1\n'
                + 'baked-by io.github.bmmsite:bmm-maven-plugin:0.1.0-SNAPSHOT\n'
                + "owner ${owner}\n"
                + 'files 0 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n')
    }
}

leftover(target.resolve('.site.new-1111'), "${ended.pid()}")
leftover(target.resolve('.site.old-2222'), "${ended.pid()}")
// This Maven, which runs the build under test: a bake of a process that still runs is not touched.
ProcessHandle self = ProcessHandle.current()
leftover(target.resolve('.site.new-3333'), "${self.pid()} ${self.info().startInstant().get().toEpochMilli()}")
// Without a marker, nothing says a bake made it.
leftover(target.resolve('.site.new-4444'), null)

// The previous site.
Files.createDirectories(target.resolve('site'))
Files.writeString(target.resolve('site/index.html'), '<p>el sitio anterior</p>')
return true
