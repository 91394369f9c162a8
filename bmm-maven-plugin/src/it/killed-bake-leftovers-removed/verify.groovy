import java.nio.file.Files
import java.nio.file.Path

String text(Path file) {
    return new String(Files.readAllBytes(file), 'UTF-8')
}

Path target = basedir.toPath().resolve('target')

assert !Files.exists(target.resolve('.site.new-1111')): 'the staging folder of a killed bake is still there'
assert !Files.exists(target.resolve('.site.old-2222')): 'the retired folder of a killed bake is still there'
assert Files.isRegularFile(target.resolve('.site.new-3333/site/imagenes/plano.png')): 'a running bake lost its folder'
assert Files.isRegularFile(target.resolve('.site.new-4444/site/imagenes/plano.png')): 'an unmarked folder was removed'

assert text(target.resolve('site/elementos/cap1.html')).contains('Atender a la ciudadanía')
assert target.toFile().list().sort() == ['.site.new-3333', '.site.new-4444', 'bmm-cache', 'site']
return true
