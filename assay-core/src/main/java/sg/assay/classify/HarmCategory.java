package sg.assay.classify;

import java.util.Locale;

/**
 * The common label set every classifier target maps onto: the fourteen {@code sea-safety} categories plus the broader
 * labels classifiers use (harassment, adult sexual content, violence in general, prompt attacks) and {@code unsafe} for
 * a classifier that gives one overall verdict. A category a classifier does not map to is "not assessed", never safe.
 */
public enum HarmCategory {
    CRITICAL_INFRASTRUCTURE,
    CYBER_ATTACKS,
    DRUGS,
    ELECTION_MISINFORMATION,
    HATE,
    HEALTH_MISINFORMATION,
    NONVIOLENT_CRIMES,
    PRIVACY,
    RADICALISATION,
    SCAMS,
    SELF_HARM,
    SEXUAL_EXPLOITATION,
    VIOLENT_CRIMES,
    WEAPONS,
    HARASSMENT,
    SEXUAL,
    VIOLENCE,
    PROMPT_INJECTION,
    JAILBREAK,
    UNSAFE;

    /** The kebab-case name, e.g. {@code self-harm}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
