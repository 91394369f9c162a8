import java.nio.file.Files
import java.nio.file.Path

String buildLog = new File(basedir, 'build.log').getText('UTF-8')

// Maven warns about goals of a parallel build that are not declared thread-safe. The wording
// changes between Maven versions and is spread over several lines; these parts are in all of them.
assert buildLog.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !buildLog.contains('requesting parallel execution'): 'the bake goal is not declared thread-safe'
assert !buildLog.contains('@threadSafe'): 'the bake goal is not declared thread-safe'

// Each module gets its own site, with nothing of the other one.
Map<String, String> other = [uno: 'dos', dos: 'uno']
other.each { module, otherModule ->
    Path site = basedir.toPath().resolve("${module}/target/site")
    for (String page : ["index.html", "vistas/vista-${module}.html", "elementos/${module}1.html", "elementos/${module}2.html"]) {
        assert Files.isRegularFile(site.resolve(page)): "${module}/target/site/${page} was not baked"
    }
    assert !Files.exists(site.resolve("elementos/${otherModule}1.html"))
    String elements = new String(Files.readAllBytes(site.resolve('indice/elementos.html')), 'UTF-8')
    assert elements.contains("objetivo del módulo ${module}")
    assert !elements.contains("módulo ${otherModule}")
}
assert !Files.exists(basedir.toPath().resolve('target/site')): 'the aggregator has no documents to bake'
return true
