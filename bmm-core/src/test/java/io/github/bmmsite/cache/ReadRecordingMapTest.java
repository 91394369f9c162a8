package io.github.bmmsite.cache;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadRecordingMapTest {

    private final Map<String, Object> data = new LinkedHashMap<>(Map.of("views", "v", "groups", "g"));

    @Test
    void recordsTheKeysLookedUpEvenWhenAbsent() {
        ReadRecordingMap map = new ReadRecordingMap(data);

        assertThat(map.get("views")).isEqualTo("v");
        assertThat(map.containsKey("elements")).isFalse();

        assertThat(map.read()).containsExactly("elements", "views");
    }

    @Test
    void anythingThatSeesSeveralKeysReadsThemAll() {
        List<Consumer<ReadRecordingMap>> wholeMapReads = List.of(Map::size, Map::isEmpty,
                m -> m.keySet().iterator().next(), m -> m.values().forEach(v -> { }), m -> m.entrySet().iterator(),
                m -> m.containsValue("g"), Object::hashCode);
        for (Consumer<ReadRecordingMap> whole : wholeMapReads) {
            ReadRecordingMap map = new ReadRecordingMap(data);
            map.get("views");

            whole.accept(map);

            assertThat(map.read()).containsExactly(ReadRecordingMap.ALL);
        }
    }

    @Test
    void cannotBeChanged() {
        ReadRecordingMap map = new ReadRecordingMap(data);

        assertThatThrownBy(() -> map.put("views", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
