package io.github.bmmsite.jbake;

import io.github.bmmsite.bake.BakeOptions;

/** Bake options with another engine. */
final class Engines {

    private Engines() {
    }

    static BakeOptions withEngine(BakeOptions o, String engine) {
        return new BakeOptions(o.projectDir(), o.buildDir(), o.source(), o.output(), o.templates(), o.assets(),
                o.strict(), o.language(), o.baseUrl(), o.encoding(), o.variables(), o.config(), engine);
    }
}
