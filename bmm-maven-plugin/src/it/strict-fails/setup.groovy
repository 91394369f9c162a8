import java.nio.file.Files
import java.nio.file.Path

// A site from an earlier bake, which the failing bake must leave exactly as it is.
Path previous = basedir.toPath().resolve('previous-site')
Path site = basedir.toPath().resolve('target/site')
Files.walk(previous).withCloseable { paths ->
    paths.each { Path from ->
        Path to = site.resolve(previous.relativize(from).toString())
        if (Files.isDirectory(from)) {
            Files.createDirectories(to)
        } else {
            Files.copy(from, to)
        }
    }
}
return true
