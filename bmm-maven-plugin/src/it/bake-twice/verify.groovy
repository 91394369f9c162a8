import java.nio.file.Files
import java.nio.file.Path

Path project = basedir.toPath()
List<String> summaries = new File(basedir, 'build.log').readLines('UTF-8')
        .findAll { it.startsWith('[INFO] BMM site ') }
assert summaries.size() == 3: "expected one summary per bake, got ${summaries}"

// The first bake renders every page.
assert summaries[0] =~ /^\[INFO\] BMM site baked: \d+ pages in .* \(\d+ files written, 0 unchanged; \d+ rendered from templates, 0 reused\)$/

// The second finds nothing changed and writes nothing.
assert summaries[1] =~ /^\[INFO\] BMM site is up to date: \d+ pages in .* \(nothing changed since the previous bake\)$/

// With the cache off the site is baked again, and every file is found unchanged.
assert summaries[2] =~ /^\[INFO\] BMM site baked: \d+ pages in .* \(0 files written, \d+ unchanged; \d+ rendered from templates, 0 reused\)$/

assert Files.isDirectory(project.resolve('target/bmm-cache'))
assert new String(Files.readAllBytes(project.resolve('target/site/elementos/cap1.html')), 'UTF-8')
        .contains('Atender a la ciudadanía por todos los canales.')
return true
