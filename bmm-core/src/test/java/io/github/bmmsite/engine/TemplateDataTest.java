package io.github.bmmsite.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateDataTest {

    record Ref(String name, Optional<String> code) {
    }

    record Entry(@Inline Ref ref, int size, List<Ref> others, Optional<Boolean> marked) {
    }

    record Odd(Object value) {
    }

    @Test
    void aRecordBecomesAMapOfItsComponentsInOrderWithoutEmptyOptionals() {
        Map<String, Object> map = new TemplateData().map(new Entry(new Ref("a", Optional.of("A1")), 2,
                List.of(new Ref("b", Optional.empty())), Optional.empty()));

        assertThat(map).containsExactly(Map.entry("name", "a"), Map.entry("code", "A1"), Map.entry("size", 2),
                Map.entry("others", List.of(Map.of("name", "b"))));
    }

    @Test
    void aValueTemplatesCannotReadIsRefused() {
        assertThatThrownBy(() -> new TemplateData().map(new Odd(new StringBuilder("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.StringBuilder");
    }
}
