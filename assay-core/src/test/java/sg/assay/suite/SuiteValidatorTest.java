package sg.assay.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import sg.assay.language.Agreement;
import sg.assay.language.LinguaIdentifier;
import sg.assay.suite.ValidationReport.CategoryCount;

class SuiteValidatorTest {
    private static final LinguaIdentifier LINGUA = new LinguaIdentifier();
    private static final SuiteValidator VALIDATOR =
            new SuiteValidator(LINGUA, Agreement.defaults(), Taxonomy.seaSafety());

    @Test
    void soundSuiteHasNoProblemsAndCountsKinds() {
        ValidationReport report = VALIDATOR.validate(SuiteLoader.standard().load("fixture-good"));
        assertThat(report.problems()).as(report.render(20)).isEmpty();
        assertThat(report.counts()).containsExactly(java.util.Map.entry("scams", new CategoryCount(1, 1)));
    }

    @Test
    void reportsEveryProblemWithItsId() {
        ValidationReport report = VALIDATOR.validate(SuiteLoader.standard().load("fixture-bad"));
        assertThat(report.problems())
                .extracting(SuiteProblem::id, SuiteProblem::check)
                .contains(
                        tuple("scams-b02", "id"),
                        tuple("scams-b02", "expected"),
                        tuple("scams-b02", "produced_by"),
                        tuple("scams-b02", "review"),
                        tuple("scams-b02", "languages"),
                        tuple("scams-b02-zh-hans", "languages"),
                        tuple("scams-b02-zh-hans", "simplified"),
                        tuple("scams-b02-ta", "script"),
                        tuple("scams-b02-id", "register"),
                        tuple("scams-b02-vi", "diacritics"),
                        tuple("scams-b02-ms", "identification"),
                        tuple("scams-b02-ms", "vocabulary"),
                        tuple("Scams_7", "id"),
                        tuple("Scams_7", "category"),
                        tuple("Scams_7", "gloss"),
                        tuple("Scams_7-en", "duplicate-text"));
        assertThat(report.problems("languages"))
                .extracting(SuiteProblem::message)
                .contains("no th (Thai) item", "tag 'zh-hans' should be written zh-Hans");
        assertThat(report.problems("duplicate-text").getFirst().message()).isEqualTo("same text as scams-b02-en");
        assertThat(report.harmful()).isEqualTo(1);
        assertThat(report.benign()).isEqualTo(1);
        assertThat(report.ok()).isFalse();
    }

    @Test
    void reviewMustBeNoneOrNameSomeone() {
        assertThat(SuiteValidator.reviewProblem("none")).isEmpty();
        assertThat(SuiteValidator.reviewProblem("native:Nur Aisyah (ms)")).isEmpty();
        assertThat(SuiteValidator.reviewProblem("reviewed")).isPresent();
        assertThat(SuiteValidator.reviewProblem("")).isPresent();
    }
}
