import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

// A copy, not the real folder: the build writes target/ and must leave content/ untouched.
Path content = new File(contentProject).toPath().toRealPath()
Path project = basedir.toPath()

Files.copy(content.resolve('pom.xml'), project.resolve('pom.xml'), StandardCopyOption.REPLACE_EXISTING)
Files.walk(content.resolve('src')).withCloseable { paths ->
    paths.each { Path from ->
        Path to = project.resolve(content.relativize(from).toString())
        if (Files.isDirectory(from)) {
            Files.createDirectories(to)
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}

assert new File(basedir, 'pom.xml').text.contains('<artifactId>bmm-site-content</artifactId>')
assert new File(basedir, 'src/bmm').list().any { it.endsWith('.md') }
return true
