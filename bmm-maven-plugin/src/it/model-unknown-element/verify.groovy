import java.nio.file.Files

String buildLog = new File(basedir, 'build.log').getText('UTF-8')

// The line of the model file that names the unknown element, and the element, are given.
assert buildLog =~ /(?m)^\[ERROR\] src\/bmm\/vista\.model\.yaml:7: error \[BMM032\] .*OB9/
assert buildLog.contains('the site was not baked: 1 error(s)')
assert !buildLog.contains('at io.github'): 'build.log shows a stack trace of the plugin'

assert !Files.exists(basedir.toPath().resolve('target/site')): 'a site was written despite the error'
return true
