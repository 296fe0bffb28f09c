package sg.assay.target.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import sg.assay.json.Json;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.targets.ErrorMapper;
import sg.assay.targets.HttpReply;
import sg.assay.targets.StructuredOutput;
import sg.assay.targets.Transport;

/**
 * A Chat Completions endpoint: OpenAI, a compatible server, or an Azure OpenAI deployment. It sends what the model
 * family accepts and, when the server still rejects {@code max_tokens} or {@code temperature}, adapts once and
 * remembers it, so a default never fails a run. A requested answer schema is sent as a {@code json_schema} response
 * format; a server that rejects it is asked again without it, and not asked with one again.
 */
public final class ChatClient {
    private static final System.Logger LOG = System.getLogger(ChatClient.class.getName());
    private final Transport transport;
    private final URI url;
    private final Supplier<Map<String, String>> headers;
    private final @Nullable String model;
    private final ErrorMapper errors;
    private final AtomicBoolean completionTokensField;
    private final AtomicBoolean sendTemperature;
    private final AtomicBoolean sendSchema = new AtomicBoolean(true);
    private final boolean stream;

    /**
     * @param model the model to name in the body, or null when the URL names it (Azure deployments)
     * @param reasoning whether to start with the reasoning-model parameters
     * @param headers the request headers (authentication), asked for on every request so tokens can refresh
     * @param stream whether to ask for server-sent events (with usage) and collect them
     */
    public ChatClient(
            Transport transport,
            URI url,
            Supplier<Map<String, String>> headers,
            @Nullable String model,
            boolean reasoning,
            boolean stream,
            ErrorMapper errors) {
        this.stream = stream;
        this.transport = transport;
        this.url = url;
        this.headers = headers;
        this.model = model;
        this.errors = errors;
        this.completionTokensField = new AtomicBoolean(reasoning);
        this.sendTemperature = new AtomicBoolean(!reasoning);
    }

    public TargetResponse generate(TargetRequest request) {
        Optional<StructuredOutput> schema = StructuredOutput.of(request.config().responseSchema());
        for (int attempt = 0; ; attempt++) {
            boolean structured = schema.isPresent() && sendSchema.get();
            ChatWire.Request body = ChatMapper.request(
                    request.messages(),
                    request.config(),
                    model,
                    completionTokensField.get(),
                    sendTemperature.get(),
                    stream,
                    structured ? schema.get().chatResponseFormat() : null);
            byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
            ChatStream collected = new ChatStream(transport.who());
            HttpReply reply = stream
                    ? transport.postStream(
                            url, headers.get(), bytes, request.config().timeout(), collected::line)
                    : transport.post(url, headers.get(), bytes, request.config().timeout());
            if (reply.ok()) {
                ChatWire.Completion c =
                        stream ? collected.completion() : reply.json(transport.who(), ChatWire.Completion.class);
                TargetResponse r = ChatMapper.response(c, transport.who());
                return schema.isEmpty()
                        ? r
                        : StructuredOutput.mark(r, structured ? schema.get().jsonSchemaWord() : "none");
            }
            if (attempt < 4 && reply.status() == 400 && adapt(reply, body)) {
                continue;
            }
            throw errors.map(reply, transport.who(), transport.where(url), transport.redactor());
        }
    }

    /** Switches a parameter the server rejected; true when the request is worth sending again. */
    private boolean adapt(HttpReply reply, ChatWire.Request sent) {
        if (sent.responseFormat() != null && StructuredOutput.rejected(reply)) {
            sendSchema.set(false);
            LOG.log(Level.WARNING, "{0} rejects response_format json_schema; asking without it", transport.who());
            return true;
        }
        JsonNode error = ErrorMapper.errorNode(reply).orElse(Json.mapper().createObjectNode());
        String text =
                (error.path("message").asText("") + " " + error.path("param").asText("")).toLowerCase(Locale.ROOT);
        if (sent.maxTokens() != null && text.contains("max_tokens") && text.contains("max_completion_tokens")) {
            completionTokensField.set(true);
            LOG.log(Level.INFO, "{0} takes max_completion_tokens; switching", transport.who());
            return true;
        }
        if (sent.maxCompletionTokens() != null
                && text.contains("max_completion_tokens")
                && text.contains("unsupported")) {
            completionTokensField.set(false);
            LOG.log(Level.INFO, "{0} takes max_tokens; switching", transport.who());
            return true;
        }
        if (sent.temperature() != null && text.contains("temperature")) {
            sendTemperature.set(false);
            LOG.log(Level.WARNING, "{0} rejects temperature; sending requests without it", transport.who());
            return true;
        }
        return false;
    }

    public URI url() {
        return url;
    }
}
