package sg.assay.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;

class AllowListTest {

    @Test
    void readsEntriesFromTheClasspath() {
        AllowList list = AllowList.read(getClass().getClassLoader(), "language/allow-list-fixture.yaml");
        assertThat(list.entries()).hasSize(1);
        assertThat(list.allows("demo-h01-ms", "identification")).isTrue();
        assertThat(list.allows("demo-h01-ms", "script")).isFalse();
    }

    @Test
    void missingResourceIsEmpty() {
        assertThat(AllowList.read(getClass().getClassLoader(), "language/none.yaml")
                        .entries())
                .isEmpty();
    }

    @Test
    void entryWithoutReasonIsRejected() {
        assertThatThrownBy(() -> new AllowList.Entry("a-ms", "identification", " "))
                .isInstanceOf(ConfigException.class)
                .hasMessage("allow-list entry for a-ms has no reason");
    }
}
