package io.github.bmmsite.engine;

import freemarker.template.Configuration;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;
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

    @Test
    void theBuiltInEngineReadsARecordAsItsMapWithoutCopyingIt() throws TemplateModelException {
        RecordModel.Wrapper wrapper = new RecordModel.Wrapper(Configuration.VERSION_2_3_34, new TemplateData());
        Entry entry = new Entry(new Ref("a", Optional.empty()), 2, List.of(new Ref("b", Optional.of("B1"))),
                Optional.of(true));

        TemplateHashModelEx2 model = (TemplateHashModelEx2) wrapper.wrap(entry);

        assertThat(((TemplateScalarModel) model.get("name")).getAsString()).isEqualTo("a");
        assertThat(model.get("code")).isNull();
        assertThat(DeepUnwrap.unwrap(model.keys())).isEqualTo(List.of("name", "size", "others", "marked"));
        assertThat(model.size()).isEqualTo(4);
        TemplateHashModelEx2 other = (TemplateHashModelEx2) ((TemplateSequenceModel) model.get("others")).get(0);
        assertThat(((TemplateScalarModel) other.get("code")).getAsString()).isEqualTo("B1");
        TemplateHashModelEx2 odd = (TemplateHashModelEx2) wrapper.wrap(new Odd(new StringBuilder("x")));
        assertThatThrownBy(() -> odd.get("value")).isInstanceOf(TemplateModelException.class)
                .hasMessageContaining("java.lang.StringBuilder");
    }
}
