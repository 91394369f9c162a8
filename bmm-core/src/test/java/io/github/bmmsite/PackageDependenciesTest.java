package io.github.bmmsite;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.github.bmmsite.cyclic.first.First;
import io.github.bmmsite.cyclic.second.Second;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core's packages are the stages of its pipeline, each importing only the stages before it
 * and the packages beside the pipeline that it uses:
 * source → parse → model → link → render → index, with write at the end of every stage that makes
 * files, and bake running them all.
 */
class PackageDependenciesTest {

    /** Each package, with the packages it may import. */
    static final Map<String, String[]> ALLOWED = allowed();

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.bmmsite");

    private static Map<String, String[]> allowed() {
        Map<String, String[]> allowed = new LinkedHashMap<>();
        // Beside the pipeline, at the bottom: problems and the ArchiMate vocabulary.
        allowed.put("diagnostic", new String[] {});
        allowed.put("notation", new String[] {});
        allowed.put("source", new String[] {"diagnostic"});
        allowed.put("parse", new String[] {"source", "diagnostic"});
        // The readers of the architecture model.
        allowed.put("archimate", new String[] {"notation", "diagnostic"});
        allowed.put("model", new String[] {"archimate", "parse", "source", "notation", "diagnostic"});
        allowed.put("link", new String[] {"model", "parse", "source", "notation", "diagnostic"});
        // The layout of a view's drawing.
        allowed.put("diagram", new String[] {"model", "notation"});
        allowed.put("write", new String[] {"diagnostic"});
        // The engines' API (bmm-jbake implements it) and the Freemarker templates both engines use.
        allowed.put("engine", new String[] {"write", "diagnostic"});
        // The render stage: the HTML of document text, then the pages' data.
        allowed.put("html", new String[] {"engine", "link", "model", "parse", "source", "notation", "diagnostic"});
        allowed.put("render", new String[] {"html", "engine", "diagram", "link", "model", "parse", "source", "notation",
            "write", "diagnostic"});
        allowed.put("index", new String[] {"render", "engine", "link", "model", "parse", "source", "notation", "write",
            "diagnostic"});
        // The cache keeps what the engines and the HTML of text made; only the bake knows it.
        allowed.put("cache", new String[] {"html", "engine", "link", "model", "parse", "source", "notation", "write",
            "diagnostic"});
        allowed.put("bake", new String[] {"cache", "index", "render", "html", "engine", "diagram", "link", "model",
            "archimate", "parse", "source", "notation", "write", "diagnostic"});
        allowed.put("serve", new String[] {"bake", "link", "diagnostic"});
        return allowed;
    }

    static ArchRule stages(Map<String, String[]> allowed) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : allowed.keySet()) {
            layers = layers.layer(name).definedBy("io.github.bmmsite." + name + "..");
        }
        for (Map.Entry<String, String[]> entry : allowed.entrySet()) {
            layers = entry.getValue().length == 0 ? layers.whereLayer(entry.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(entry.getKey()).mayOnlyAccessLayers(entry.getValue());
        }
        return layers;
    }

    @Test
    void everyPackageIsAStageOrBesideThePipeline() {
        stages(ALLOWED).check(CORE);
    }

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("io.github.bmmsite.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theRuleFailsOnAnImportAgainstTheStageOrder() {
        // The model imports parse; were parse to come after the model, the rule would say so.
        Map<String, String[]> reversed = new LinkedHashMap<>(ALLOWED);
        reversed.put("model", Arrays.stream(ALLOWED.get("model")).filter(p -> !p.equals("parse"))
                .toArray(String[]::new));
        assertThatThrownBy(() -> stages(reversed).check(CORE)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.github.bmmsite.model").hasMessageContaining("io.github.bmmsite.parse");
    }

    @Test
    void theRuleFailsOnACycle() {
        JavaClasses cyclic = new ClassFileImporter().importClasses(First.class, Second.class);
        assertThatThrownBy(() -> slices().matching("io.github.bmmsite.cyclic.(*)..").should().beFreeOfCycles()
                .check(cyclic)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }
}
