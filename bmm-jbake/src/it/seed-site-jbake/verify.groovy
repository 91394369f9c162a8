import java.nio.file.Files
import java.nio.file.Path
import java.util.regex.Pattern

Path target = basedir.toPath().resolve('target')
String buildLog = new File(basedir, 'build.log').getText('UTF-8')

Map<String, String> tree(Path root) {
    Files.walk(root).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }
                .toList()
                .collectEntries { [(root.relativize(it).toString()): new String(Files.readAllBytes(it), 'UTF-8')] }
    }
}

/** Every address a page points to, in order. */
List<String> links(String html) {
    def matcher = Pattern.compile('\\s(?:href|src)="([^"]*)"').matcher(html)
    List<String> found = []
    while (matcher.find()) {
        found << matcher.group(1)
    }
    return found
}

/** The text a reader sees: no head, scripts or tags, whitespace normalised. */
String text(String html) {
    return html.replaceAll('(?s)<head>.*?</head>', ' ').replaceAll('(?s)<script.*?</script>', ' ')
            .replaceAll('<[^>]+>', ' ').replaceAll('\\s+', ' ').trim()
}

// JBake baked the site: its project and its output are in the build folder.
assert Files.isRegularFile(target.resolve('bmm-jbake/jbake.properties'))
assert Files.isRegularFile(target.resolve('bmm-jbake/content/elementos/o7.bmm'))
assert Files.isRegularFile(target.resolve('bmm-jbake/output/elementos/o7.html'))

Map<String, String> builtIn = tree(target.resolve('site-freemarker'))
Map<String, String> jbake = tree(target.resolve('site'))
assert builtIn.size() >= 30
assert jbake.keySet() == builtIn.keySet()
builtIn.each { path, expected ->
    String actual = jbake[path]
    if (path.endsWith('.html')) {
        assert links(actual) == links(expected): "links of ${path} differ"
        assert text(actual) == text(expected): "text of ${path} differs"
    } else {
        assert actual == expected: "${path} differs"
    }
}

// The Maven log stays readable: no per-file lines of JBake or OrientDB, no stack traces.
assert !buildLog.contains('Rendering ['): 'JBake logs every page at INFO'
assert !buildLog.contains('Processing ['): 'JBake logs every file it reads at INFO'
assert !buildLog.contains('OrientDB auto-config'): 'OrientDB logs its start-up'
assert !buildLog.contains('PropertyDescriptor'): 'Commons BeanUtils logs what it skips'
assert !(buildLog =~ /(?m)^\s+at (org\.jbake|com\.orientechnologies|io\.github\.bmmsite)/): 'build.log shows a stack trace'
assert buildLog =~ /Baked \d+ pages into /
return true
