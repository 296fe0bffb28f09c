package sg.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sg.assay.ConfigException;

/** Known answers from RFC 8785 (section 3.2.2, section 3.2.3 and Appendix B). */
class CanonicalJsonTest {

    @Test
    void should_canonicalize_the_rfc_8785_example() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """;
        assertThat(CanonicalJson.canonicalize(input))
                .isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void should_sort_members_by_utf16_code_units() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }
                """;
        String out = CanonicalJson.canonicalize(input);
        assertThat(out.replaceAll("\"[^\"]*\":", "").replaceAll("[{}\"]", ""))
                .isEqualTo("Carriage Return,One,Control,Latin Small Letter O With Diaeresis,Euro Sign,"
                        + "Emoji: Grinning Face,Hebrew Letter Dalet With Dagesh");
    }

    @ParameterizedTest
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2"
    })
    void should_write_numbers_as_ecmascript_does(String ieeeHex, String expected) {
        double v = Double.longBitsToDouble(Long.parseUnsignedLong(ieeeHex, 16));
        assertThat(EcmaNumber.format(v)).isEqualTo(expected);
    }

    @Test
    void should_give_the_same_form_whatever_the_formatting_and_order() {
        String a = "{\"b\": [1.0, 2, {\"y\": 1, \"x\": \"\\u00e9\"}], \"a\": 10e0}";
        String b = "{\"a\":10,\"b\":[1,2.00,{\"x\":\"é\",\"y\":1e0}]}";
        assertThat(CanonicalJson.canonicalize(a))
                .isEqualTo(CanonicalJson.canonicalize(b))
                .isEqualTo("{\"a\":10,\"b\":[1,2,{\"x\":\"é\",\"y\":1}]}");
        assertThat(CanonicalJson.canonicalize(CanonicalJson.canonicalize(a))).isEqualTo(CanonicalJson.canonicalize(a));
    }

    @Test
    void should_reject_what_has_no_canonical_form() {
        assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"a\":1,\"a\":2}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> CanonicalJson.canonicalize("[\"\\ud800\"]"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> CanonicalJson.canonicalize("[9007199254740993]"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("2^53");
    }

    @Test
    void should_digest_sequences_as_sha256sum_of_the_lines() {
        // printf 'a\nb\n' | sha256sum
        assertThat(Digests.sequence(java.util.List.of("a", "b")))
                .isEqualTo("sha256:911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2");
        // printf '' | sha256sum
        assertThat(Digests.bytes(new byte[0]))
                .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
