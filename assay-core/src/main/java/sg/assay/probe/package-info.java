/**
 * Application security probes: deterministic checks that tell a leaking application from one that does not. Canary
 * tokens and synthetic identifiers are planted in the system prompt per sample; scorers look for them (also in
 * encoded forms), for validated regional identifiers (NRIC/FIN, MyKad, NIK, phone numbers), for markdown
 * exfiltration to hosts off an allow list, for output that downstream code would execute, for packages and hosts the
 * user's list does not know, and for claims of actions the application cannot take. A score of 1 means the probe
 * found the problem.
 */
@NullMarked
package sg.assay.probe;

import org.jspecify.annotations.NullMarked;
