import java.nio.file.Files
import java.nio.file.Path

Path project = basedir.toPath()
String buildLog = new File(basedir, 'build.log').getText('UTF-8')

Map<String, byte[]> tree(Path root) {
    Files.walk(root).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }
                .toList()
                .collectEntries { [(root.relativize(it).toString()): Files.readAllBytes(it)] }
    }
}

// The author is told where the problem is, in the form editors and CI logs link.
assert buildLog =~ '(?m)^\\[WARNING\\] src/bmm/vista\\.md:3: warning \\[BMM020\\] .*\\$CLIENTE'
assert buildLog.contains('the site was not baked: 1 warning(s) in strict mode')

// A failure of the input is reported, not a crash of the plugin.
assert !buildLog.contains('at io.github'): 'build.log shows a stack trace of the plugin'
assert !buildLog.contains('Exception in'): 'build.log shows an uncaught exception'

// The previous site is untouched, byte for byte, and no half-written site is left next to it.
Map<String, byte[]> expected = tree(project.resolve('previous-site'))
Map<String, byte[]> actual = tree(project.resolve('target/site'))
assert actual.keySet() == expected.keySet()
expected.each { path, bytes -> assert Arrays.equals(actual[path], bytes): "target/site/${path} changed" }
assert project.resolve('target').toFile().list() as List == ['site']
return true
