String buildLog = new File(basedir, 'build.log').getText('UTF-8')

// The error names the engine and gives the exact XML to add to the plugin in the pom.
assert buildLog =~ '(?m)^\\[ERROR\\] pom\\.xml: error \\[BMM060\\] bmm\\.engine=jbake needs the engine\'s artifact'
assert buildLog.contains('<dependencies><dependency><groupId>io.github.bmmsite</groupId>'
        + '<artifactId>bmm-jbake-engine</artifactId><version>')
assert !buildLog.contains('at io.github'): 'build.log shows a stack trace of the plugin'
assert !new File(basedir, 'target/site').exists()
return true
