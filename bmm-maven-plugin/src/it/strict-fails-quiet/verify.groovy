String buildLog = new File(basedir, 'build.log').getText('UTF-8')

// -q hides the warnings as they are printed ...
assert !buildLog.contains('[WARNING]'): 'build.log shows warnings, so it was not a quiet build'
// ... and the failure, which -q shows, lists them: the two that failed the bake, with file and line.
assert buildLog.contains('the site was not baked: 2 warning(s) in strict mode (bmm.strict=true); nothing was written')
assert buildLog =~ '(?m)^.*src/bmm/vista\\.md:3: warning \\[BMM020\\] the placeholder \\$CLIENTE has no value'
assert buildLog =~ '(?m)^.*target/site/sitemap\\.xml: warning \\[BMM041\\] bmm\\.baseUrl is not set'

assert !buildLog.contains('at io.github'): 'build.log shows a stack trace of the plugin'
assert !new File(basedir, 'target/site').exists(): 'a failed bake wrote a site'
return true
