import java.nio.file.Files
import java.nio.file.Path

// What an earlier phase of the build made.
Path target = basedir.toPath().resolve('target')
Files.createDirectories(target.resolve('classes/es/ejemplo'))
Files.write(target.resolve('classes/es/ejemplo/App.class'), [0xCA, 0xFE, 0xBA, 0xBE] as byte[])
Files.writeString(target.resolve('output-target-refused-1.0.jar'), 'PK')
return true
