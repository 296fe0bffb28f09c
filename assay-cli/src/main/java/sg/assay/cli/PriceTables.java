package sg.assay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import sg.assay.report.cost.PriceTable;

/**
 * The price table a command uses: the bundled example prices, extended by {@code $ASSAY_HOME/prices.yaml} when it
 * exists, then by the file given with {@code --prices}.
 */
final class PriceTables {
    private PriceTables() {}

    static PriceTable of(Wiring wiring, Optional<Path> file) {
        PriceTable table = PriceTable.bundled();
        Path home = wiring.home().root().resolve("prices.yaml");
        if (Files.isRegularFile(home)) {
            table = table.extendedBy(PriceTable.load(home));
        }
        if (file.isPresent()) {
            table = table.extendedBy(PriceTable.load(file.get()));
        }
        return table;
    }
}
