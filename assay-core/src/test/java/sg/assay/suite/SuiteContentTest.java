package sg.assay.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sg.assay.language.Agreement;
import sg.assay.language.LanguageIdentifier;

/**
 * Validates the real shipped suites with every check except language identification (which needs Lingua's models
 * and runs in {@link SuiteIdentificationTest} under the slow profile). A suite whose index is empty (content not
 * merged yet) passes trivially; once its index lists files, every problem fails this test, and
 * {@link SuiteIndexTest} makes sure no file can be left out of the index.
 */
class SuiteContentTest {
    private static final SuiteValidator VALIDATOR =
            new SuiteValidator(LanguageIdentifier.none(), Agreement.defaults(), Taxonomy.seaSafety());
    private static final SuiteLoader LOADER = SuiteLoader.standard();

    @Test
    void seaSafetyIsSoundAndLargeEnough() {
        if (LOADER.index("sea-safety").isEmpty()) {
            return;
        }
        Suite suite = LOADER.load("sea-safety");
        ValidationReport report = VALIDATOR.validate(suite);
        assertThat(report.problems()).as(report.render(80)).isEmpty();
        assertThat(report.harmful()).as(report.render(0)).isGreaterThanOrEqualTo(100);
        assertThat(report.benign()).as(report.render(0)).isGreaterThanOrEqualTo(100);
        assertThat(suite.toDataset().size()).isEqualTo(9 * (report.harmful() + report.benign()));
    }

    @Test
    void seaSmokeIsSoundHeldOutAndSmall() {
        if (LOADER.index("sea-smoke").isEmpty()) {
            return;
        }
        Suite smoke = LOADER.load("sea-smoke");
        ValidationReport report = VALIDATOR.validate(smoke);
        assertThat(report.problems()).as(report.render(80)).isEmpty();
        assertThat(smoke.intents())
                .allSatisfy(i -> assertThat(i.heldout()).as(i.id()).isTrue());
        assertThat(smoke.intents()).hasSizeBetween(6, 16);
    }

    @Test
    void smokeItemsDoNotAppearInSeaSafety() {
        if (LOADER.index("sea-smoke").isEmpty() || LOADER.index("sea-safety").isEmpty()) {
            return;
        }
        Set<String> safety = new HashSet<>();
        LOADER.load("sea-safety")
                .intents()
                .forEach(i -> i.items().forEach(t -> safety.add(SuiteValidator.normalise(t.text()))));
        LOADER.load("sea-smoke")
                .intents()
                .forEach(i -> i.items()
                        .forEach(t -> assertThat(safety)
                                .as("held-out item %s also in sea-safety", i.itemId(t))
                                .doesNotContain(SuiteValidator.normalise(t.text()))));
    }
}
