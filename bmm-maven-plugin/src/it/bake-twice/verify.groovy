import java.nio.file.Files
import java.nio.file.Path

Path project = basedir.toPath()
List<String> summaries = new File(basedir, 'build.log').readLines('UTF-8')
        .findAll { it.startsWith('[INFO] BMM site is up to date') || it.startsWith('[INFO] Baked ') }
assert summaries.size() == 3: "expected one summary per bake, got ${summaries}"

// The first bake renders every page.
assert summaries[0] =~ /^\[INFO\] Baked \d+ pages into .* \(\d+ written, 0 unchanged; \d+ rendered from templates, 0 reused\) in \d+ ms: cache \d+ ms, read \d+ ms, .*, write \d+ ms$/

// The second finds nothing changed and writes nothing.
assert summaries[1] =~ /^\[INFO\] BMM site is up to date: \d+ pages in .* \(nothing changed since the previous bake\) in \d+ ms: cache \d+ ms$/

// With the cache off the site is baked again, and every file is found unchanged.
assert summaries[2] =~ /^\[INFO\] Baked \d+ pages into .* \(0 written, \d+ unchanged; \d+ rendered from templates, 0 reused\) in \d+ ms: .*$/

assert Files.isDirectory(project.resolve('target/bmm-cache'))
assert new String(Files.readAllBytes(project.resolve('target/site/elementos/cap1.html')), 'UTF-8')
        .contains('Atender a la ciudadanía por todos los canales.')
return true
