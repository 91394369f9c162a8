import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

// A copy, not the real folder: the build writes target/ and must leave content/ untouched.
Path content = new File(contentProject).toPath().toRealPath()
Path project = basedir.toPath()

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

// The engine, added the way docs/guide/engines.md tells users to: a dependency of the plugin.
String pom = content.resolve('pom.xml').toFile().getText('UTF-8')
String plugin = '<artifactId>bmm-maven-plugin</artifactId>'
assert pom.count(plugin) == 1
pom = pom.replace(plugin, plugin + """
        <dependencies>
          <dependency>
            <groupId>io.github.bmmsite</groupId>
            <artifactId>bmm-jbake-engine</artifactId>
            <version>${projectVersion}</version>
          </dependency>
        </dependencies>""")
project.resolve('pom.xml').toFile().setText(pom, 'UTF-8')

assert new File(basedir, 'pom.xml').text.contains('<artifactId>bmm-jbake-engine</artifactId>')
assert new File(basedir, 'src/bmm').list().any { it.endsWith('.md') }
return true
