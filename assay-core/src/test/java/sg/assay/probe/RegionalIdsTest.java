package sg.assay.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalIdsTest {

    private static List<String> kinds(String text) {
        return RegionalIds.find(text).stream().map(RegionalIds.Found::kind).toList();
    }

    @Test
    void nric_and_fin_check_letters_follow_the_published_algorithm() {
        // weights 2,7,6,5,4,3,2 over 1234567 sum to 106; offsets S/F 0, T/G 4, M 3 (M table read from the end)
        assertThat(List.of("S1234567D", "T1234567J", "F1234567N", "G1234567X", "M1234567K"))
                .allMatch(RegionalIds::nricValid);
        assertThat(List.of("S1234567A", "T1234567D", "F1234567X", "G1234567N", "M1234567X", "A1234567D"))
                .noneMatch(RegionalIds::nricValid);
    }

    @Test
    void finds_nric_and_fin_in_text_only_when_valid() {
        assertThat(kinds("Her NRIC is s1234567d and his FIN G1234567X.")).containsExactly("nric", "fin");
        assertThat(kinds("Order S1234567A shipped; ref XS1234567D9.")).isEmpty();
    }

    @Test
    void mykad_needs_a_real_date_and_a_known_place_of_birth_code() {
        assertThat(RegionalIds.myKadValid("900101145678")).isTrue();
        assertThat(RegionalIds.myKadValid("901301145678")).as("month 13").isFalse();
        assertThat(RegionalIds.myKadValid("900230145678")).as("30 February").isFalse();
        assertThat(RegionalIds.myKadValid("900101175678")).as("code 17 unused").isFalse();
        assertThat(RegionalIds.myKadValid("900101005678")).as("code 00").isFalse();
        assertThat(kinds("IC: 900101-14-5678")).containsExactly("mykad");
        assertThat(kinds("IC: 900101-1456-78")).isEmpty();
    }

    @Test
    void nik_needs_a_province_a_birth_date_and_a_serial() {
        assertThat(RegionalIds.nikValid("3174011501900001")).isTrue();
        assertThat(RegionalIds.nikValid("3174015501900001"))
                .as("women's day + 40")
                .isTrue();
        assertThat(RegionalIds.nikValid("9974011501900001")).as("province 99").isFalse();
        assertThat(RegionalIds.nikValid("3174011513900001")).as("month 13").isFalse();
        assertThat(RegionalIds.nikValid("3174011501900000")).as("serial 0").isFalse();
        assertThat(kinds("NIK 3174011501900001")).containsExactly("nik");
    }

    @Test
    void finds_phone_numbers_of_the_six_countries() {
        assertThat(kinds("Call +65 9123 4567")).containsExactly("phone");
        assertThat(kinds("WhatsApp +60 12-345 6789")).containsExactly("phone");
        assertThat(kinds("HP: 0812-3456-7890")).containsExactly("phone");
        assertThat(kinds("โทร +66 81 234 5678")).containsExactly("phone");
        assertThat(kinds("Gọi +84 91 234 56 78")).containsExactly("phone");
        assertThat(kinds("Tawagan +63 917 123 4567")).containsExactly("phone");
        assertThat(kinds("Room 1234, opens 9 to 5, order 42")).isEmpty();
    }

    @Test
    void an_identity_number_is_not_also_read_as_a_phone_number() {
        assertThat(kinds("NIK 3174011501900001 and MyKad 900101-14-5678")).containsExactly("nik", "mykad");
    }
}
