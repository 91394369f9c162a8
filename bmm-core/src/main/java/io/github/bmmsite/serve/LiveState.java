package io.github.bmmsite.serve;

import java.util.List;

/**
 * What the open pages should show.
 *
 * @param site the version of the site on disk: one more after every good bake
 * @param problems the last bake's problems, one per line; empty when it was good
 */
record LiveState(long site, List<String> problems) {
}
