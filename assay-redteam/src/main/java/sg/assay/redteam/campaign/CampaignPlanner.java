package sg.assay.redteam.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.run.DatasetRef;
import sg.assay.run.Limits;
import sg.assay.run.Provenance;
import sg.assay.run.RunRecord;
import sg.assay.run.RunSpec;
import sg.assay.run.RunStatus;

/**
 * Turns a campaign into run records, one per strategy × converter × language, all in one suite whose id is the
 * campaign's. Each run's spec names the behaviours' dataset and the attack solver with every parameter, so the runs
 * resume like any other (the engine skips attacks already stored).
 */
public final class CampaignPlanner {
    public static final String TASK = "redteam";

    private CampaignPlanner() {}

    public static String newCampaignId(Clock clock) {
        return "campaign-" + stamp(clock.instant()) + "-" + hex();
    }

    /**
     * @param source where the behaviours were read from, as the dataset resolver takes it back on resume
     * @param filters sample filters, e.g. kind=harmful
     */
    public static List<RunRecord> plan(
            CampaignSpec campaign,
            String campaignId,
            Dataset behaviours,
            String source,
            Map<String, String> filters,
            Limits limits,
            long seed,
            Provenance provenance,
            Clock clock) {
        DatasetRef ref = new DatasetRef(
                behaviours.name(), source, behaviours.digest(), behaviours.size(), behaviours.licence(), Map.of());
        List<RunRecord> out = new ArrayList<>();
        Instant now = clock.instant();
        for (Spec attack : campaign.attacks(seed)) {
            RunSpec spec = new RunSpec(
                    TASK,
                    ref,
                    List.of(attack),
                    List.of(Spec.of("attack-success")),
                    campaign.target(),
                    1,
                    "mean",
                    seed,
                    false,
                    filters,
                    limits,
                    false,
                    provenance);
            out.add(new RunRecord(
                    stamp(now) + "-" + hex(), campaignId, spec, RunStatus.RUNNING, now, now, "", Optional.empty()));
        }
        return out;
    }

    private static String stamp(Instant t) {
        return DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC)
                .format(t);
    }

    private static String hex() {
        byte[] b = new byte[4];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
