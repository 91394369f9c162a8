package io.github.bmmsite.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PandocAttributesTest {

    @Test
    void keepsTheIdAndDropsEmptyWidthAndHeight() {
        PandocAttributes attributes = PandocAttributes.parse("#fig:id-257a9a842fe0459c88cf09c4ebd37805 width= height=")
                .orElseThrow();

        assertThat(attributes.id()).contains("fig:id-257a9a842fe0459c88cf09c4ebd37805");
        assertThat(attributes.values()).isEmpty();
    }

    @Test
    void readsClassesAndQuotedValues() {
        PandocAttributes attributes = PandocAttributes.parse(".wide #tbl:uno width=\"50%\" alt='a b' height=300")
                .orElseThrow();

        assertThat(attributes.id()).contains("tbl:uno");
        assertThat(attributes.classes()).isEqualTo(List.of("wide"));
        assertThat(attributes.values()).isEqualTo(Map.of("width", "50%", "alt", "a b", "height", "300"));
    }

    @Test
    void refusesTextThatIsNotAnAttributeSet() {
        assertThat(PandocAttributes.parse("esto no es")).isEmpty();
        assertThat(PandocAttributes.parse("")).isEmpty();
        assertThat(PandocAttributes.parse("#a b")).isEmpty();
    }
}
