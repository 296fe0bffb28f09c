package sg.assay.target.azure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.targets.Env;
import sg.assay.targets.Redactor;
import sg.assay.targets.Secrets;

/**
 * How an Azure service is called: an Entra ID bearer token from a command ({@code token-command}) or an environment
 * variable ({@code token-env}), else a key sent in the service's key header; in that order.
 *
 * @param headers the headers of each request (a command's token is refreshed when it expires)
 * @param redactor removes the secret from every message
 */
public record AzureAuth(Supplier<Map<String, String>> headers, Redactor redactor) {

    /**
     * @param keyEnv the default environment variable of the key
     * @param keyHeader the header the key goes in, e.g. {@code api-key}
     */
    public static AzureAuth of(Spec spec, Env env, URI endpoint, String keyEnv, String keyHeader) {
        String command = spec.param("token-command", "");
        if (!command.isBlank()) {
            EntraToken token =
                    new EntraToken(command, Duration.ofMinutes(spec.intParam("token-minutes", 45)), Clock.systemUTC());
            return new AzureAuth(() -> Map.of("Authorization", "Bearer " + token.get()), Redactor.none());
        }
        String tokenEnv = spec.param("token-env", "");
        if (!tokenEnv.isBlank()) {
            String token = env.get(tokenEnv)
                    .orElseThrow(() -> new ConfigException(
                            spec.name() + " needs a bearer token: set environment variable " + tokenEnv));
            Map<String, String> h = Map.of("Authorization", "Bearer " + token);
            return new AzureAuth(() -> h, Redactor.none().with(token));
        }
        String key = Secrets.requireKey(spec, env, keyEnv, endpoint);
        Map<String, String> h = key.isEmpty() ? Map.of() : Map.of(keyHeader, key);
        return new AzureAuth(() -> h, Redactor.none().with(key));
    }
}
