package sg.assay.dataset;

import java.nio.charset.Charset;

/**
 * How a generic file is read.
 *
 * @param skipBadRows skip and count malformed rows instead of failing on the first
 * @param csv the CSV encoding, header and delimiter (the encoding also applies to JSONL)
 * @param languages how language values become BCP 47 tags
 */
public record LoadOptions(boolean skipBadRows, CsvRows csv, LanguageMapping languages) {

    public static LoadOptions defaults() {
        return new LoadOptions(false, CsvRows.utf8(), LanguageMapping.bcp47());
    }

    public LoadOptions withSkipBadRows(boolean value) {
        return new LoadOptions(value, csv, languages);
    }

    public LoadOptions withCsv(CsvRows value) {
        return new LoadOptions(skipBadRows, value, languages);
    }

    public LoadOptions withLanguages(LanguageMapping value) {
        return new LoadOptions(skipBadRows, csv, value);
    }

    public Charset charset() {
        return csv.charset();
    }
}
