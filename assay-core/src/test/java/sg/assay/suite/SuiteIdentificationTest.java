package sg.assay.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import sg.assay.language.Agreement;
import sg.assay.language.LinguaIdentifier;

/**
 * Language identification over the real shipped suites (Lingua, about 15 s for sea-safety on two cores), under the
 * slow profile: {@code ./mvnw -B verify -Pslow -pl assay-core -am}.
 */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class SuiteIdentificationTest {

    @Test
    void identificationAgreesWithTheTags() {
        SuiteLoader loader = SuiteLoader.standard();
        SuiteValidator validator =
                new SuiteValidator(new LinguaIdentifier(), Agreement.defaults(), Taxonomy.seaSafety());
        for (String suite : loader.suites()) {
            if (loader.index(suite).isEmpty()) {
                continue;
            }
            ValidationReport report = validator.validate(loader.load(suite));
            assertThat(report.problems()).as(report.render(80)).isEmpty();
        }
    }
}
