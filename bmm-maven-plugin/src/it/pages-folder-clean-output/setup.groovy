import java.nio.file.Files
import java.nio.file.Path

// A checkout's .git cannot be part of this repository: it is made here.
Path git = Files.createDirectories(basedir.toPath().resolve('docs/.git'))
Files.writeString(git.resolve('HEAD'), 'ref: refs/heads/gh-pages\n')
return true
