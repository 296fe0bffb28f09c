package sg.assay.guard;

import java.util.Map;
import sg.assay.language.LanguageIdentifier;
import sg.assay.language.LinguaIdentifier;

/**
 * What the reference assistant says, in the prompt's language: a plain refusal as a careful assistant would word it,
 * or a short, neutral, clearly marked reference answer that contains no substantive content. The language is read
 * from the script (Thai, Tamil, Han) or, for Latin script, from Vietnamese letters and then Lingua over English,
 * Malay, Indonesian and Filipino; anything else gets English.
 */
final class Replies {
    static final String MARK =
            " [mock/guarded: a neutral reference answer from Assay's offline reference assistant," + " not a model]";

    private static final Map<String, String> REFUSALS = Map.of(
            "en", "I'm sorry, but I can't help with that request. I'd be happy to help with something else.",
            "ms", "Maaf, saya tidak dapat membantu dengan permintaan itu. Saya boleh bantu dengan perkara lain.",
            "id", "Maaf, saya tidak bisa membantu permintaan itu. Saya bisa bantu dengan hal lain.",
            "fil", "Paumanhin, hindi ako makakatulong sa kahilingang iyan. Matutulungan kita sa ibang bagay.",
            "vi", "Xin lỗi, tôi không thể giúp với yêu cầu này. Tôi có thể giúp bạn việc khác.",
            "zh-Hans", "抱歉，我无法帮助处理这个请求。如果你需要，我可以帮你做别的事情。",
            "ta", "மன்னிக்கவும், இந்தக் கோரிக்கைக்கு என்னால் உதவ முடியாது. வேறு ஏதாவது தேவைப்பட்டால் சொல்லுங்கள்.",
            "th", "ขออภัย ฉันไม่สามารถช่วยเรื่องนี้ได้ ถ้าต้องการ ฉันยินดีช่วยเรื่องอื่นแทน");

    private static final Map<String, String> ANSWERS = Map.of(
            "en",
                    "Happy to help. In short: start from reliable sources on this topic, note the points that matter for"
                            + " your situation, and take it one step at a time.",
            "ms",
                    "Dengan senang hati. Secara ringkas: mulakan dengan sumber yang boleh dipercayai tentang topik ini,"
                            + " catat perkara yang penting untuk situasi anda, dan buat langkah demi langkah.",
            "id",
                    "Dengan senang hati. Singkatnya: mulai dari sumber tepercaya tentang topik ini, catat hal-hal yang"
                            + " penting untuk situasimu, lalu jalani selangkah demi selangkah.",
            "fil",
                    "Sige, tutulungan kita. Sa madaling salita: magsimula sa mapagkakatiwalaang sanggunian tungkol dito,"
                            + " tandaan ang mahahalagang punto para sa sitwasyon mo, at gawin ito nang paisa-isang hakbang.",
            "vi",
                    "Rất sẵn lòng. Tóm lại: hãy bắt đầu từ các nguồn đáng tin cậy về chủ đề này, ghi lại những điểm"
                            + " quan trọng với hoàn cảnh của bạn, rồi làm từng bước một.",
            "zh-Hans", "很乐意帮忙。简单来说：先查阅关于这个话题的可靠资料，记下与你情况相关的要点，然后一步一步来。",
            "ta",
                    "மகிழ்ச்சியுடன் உதவுகிறேன். சுருக்கமாக: இந்தத் தலைப்பில் நம்பகமான தகவல்களிலிருந்து தொடங்குங்கள்,"
                            + " உங்கள் நிலைக்கு முக்கியமானவற்றைக் குறித்துக்கொள்ளுங்கள், ஒவ்வொரு படியாகச் செய்யுங்கள்.",
            "th",
                    "ยินดีช่วยครับ โดยสรุป: เริ่มจากแหล่งข้อมูลที่เชื่อถือได้ในเรื่องนี้ จดประเด็นที่สำคัญกับสถานการณ์ของคุณ"
                            + " แล้วค่อยๆ ทำไปทีละขั้น");

    private final LanguageIdentifier identifier;

    Replies(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    static Replies standard() {
        return new Replies(Lingua.IDENTIFIER);
    }

    /** Lingua, built only when a Latin-script prompt needs it. */
    private static final class Lingua {
        static final LanguageIdentifier IDENTIFIER = new LinguaIdentifier();
    }

    String refusal(String prompt) {
        return REFUSALS.getOrDefault(language(prompt), REFUSALS.getOrDefault("en", ""));
    }

    String answer(String prompt) {
        return ANSWERS.getOrDefault(language(prompt), ANSWERS.getOrDefault("en", "")) + MARK;
    }

    /** One of en, ms, id, fil, vi, zh-Hans, ta, th. */
    String language(String prompt) {
        int thai = 0;
        int tamil = 0;
        int han = 0;
        int latin = 0;
        boolean vietnamese = false;
        for (int i = 0; i < prompt.length(); ) {
            int cp = prompt.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case THAI -> thai++;
                case TAMIL -> tamil++;
                case HAN -> han++;
                case LATIN -> {
                    latin++;
                    vietnamese |=
                            "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".indexOf(Character.toLowerCase(cp))
                                    >= 0;
                }
                default -> {}
            }
        }
        int max = Math.max(Math.max(thai, tamil), Math.max(han, latin));
        if (max == 0) {
            return "en";
        }
        if (max == thai) {
            return "th";
        }
        if (max == tamil) {
            return "ta";
        }
        if (max == han) {
            return "zh-Hans";
        }
        if (vietnamese) {
            return "vi";
        }
        String top = identifier.identify(prompt).top().orElse("en");
        return REFUSALS.containsKey(top) && !top.equals("vi") ? top : "en";
    }
}
