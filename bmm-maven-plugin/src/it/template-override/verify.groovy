import java.nio.file.Files
import java.nio.file.Path

Path project = basedir.toPath()
Path site = project.resolve('target/site')
String marker = 'class="project-element-template"'

String read(Path file) {
    assert Files.isRegularFile(file): "missing ${file}"
    return new String(Files.readAllBytes(file), 'UTF-8')
}

// Element pages come from the project's element.ftl, which still finds the default header.ftl.
for (String element : ['ob1', 'ob2']) {
    String page = read(site.resolve("elementos/${element}.html"))
    assert page.contains(marker): "elementos/${element}.html does not use the project's element.ftl"
    assert !page.contains('class="element-facts"'): "elementos/${element}.html still uses the default element.ftl"
    assert page.contains('class="skip-link"'): "elementos/${element}.html lost the default header.ftl"
}
assert read(site.resolve('elementos/ob1.html')).contains('Texto del primer objetivo.')

// Every other page keeps its default template.
String view = read(site.resolve('vistas/vista-de-prueba.html'))
assert view.contains('class="group-card"') && view.contains('href="../elementos/ob1.html"')
assert read(site.resolve('grupos/objetivos.html')).contains('class="member"')
for (String page : ['index.html', 'vistas/vista-de-prueba.html', 'grupos/objetivos.html']) {
    assert !read(site.resolve(page)).contains(marker): "${page} uses the element template"
}

// A project asset replaces the default one of the same path; a new one is added.
for (String asset : ['css/bmm.css', 'img/logo.svg']) {
    Path published = site.resolve('assets').resolve(asset)
    assert Files.isRegularFile(published): "assets/${asset} was not published"
    assert Arrays.equals(Files.readAllBytes(published), Files.readAllBytes(project.resolve("src/site/assets").resolve(asset))):
            "assets/${asset} is not the project's file"
}
return true
