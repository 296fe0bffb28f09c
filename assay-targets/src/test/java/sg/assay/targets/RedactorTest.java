package sg.assay.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
    @Test
    void masksCredentialQueryParametersAndUserInfo() {
        assertThat(Redactor.url("https://u:p@host/x?api-key=abc123&v=2&sig=zz"))
                .isEqualTo("https://***@host/x?api-key=***&v=2&sig=***");
        assertThat(Redactor.url("https://host/openai?api-version=2024-10-21"))
                .isEqualTo("https://host/openai?api-version=2024-10-21");
    }

    @Test
    void masksKnownSecretValuesAnywhere() {
        Redactor r = Redactor.of(List.of("sk-secret-value", "ab"));
        assertThat(r.redact("bad key sk-secret-value given")).isEqualTo("bad key *** given");
        assertThat(r.redact("ab stays")).isEqualTo("ab stays");
    }
}
