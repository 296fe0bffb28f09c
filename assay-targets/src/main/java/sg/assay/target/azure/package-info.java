/**
 * The {@code azure/<deployment>} target: Azure OpenAI chat completions through a deployment route with
 * {@code api-version}, or the version-less {@code /openai/v1/} route, authenticated by an API key or an Entra ID
 * bearer token. Content filter blocks become "blocked by provider" outcomes that keep Azure's filter verdicts.
 */
@NullMarked
package sg.assay.target.azure;

import org.jspecify.annotations.NullMarked;
