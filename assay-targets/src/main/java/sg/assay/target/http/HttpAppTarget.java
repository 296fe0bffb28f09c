package sg.assay.target.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.message.SystemMessage;
import sg.assay.message.UserMessage;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;
import sg.assay.targets.HttpReply;
import sg.assay.targets.Transport;

/**
 * {@code http/<name>}: a JSON application under test. In {@code mode=template} one call carries the whole
 * conversation; in {@code mode=replay} the session is reset and each user turn is sent in order, so a stateful
 * application sees the conversation as a user would have typed it.
 */
public final class HttpAppTarget implements Target {
    private final Spec spec;
    private final URI url;
    private final RequestTemplate template;
    private final String pointer;
    private final boolean replay;
    private final @Nullable URI resetUrl;
    private final RequestTemplate resetTemplate;
    private final Map<String, String> headers;
    private final Transport transport;
    private final ErrorMapper errors;
    private final AtomicLong sessions = new AtomicLong();

    HttpAppTarget(Spec spec, Env env, ErrorMapper errors) {
        this.spec = spec;
        this.errors = errors;
        this.url = sg.assay.targets.Secrets.baseUrl(spec.name(), spec.require("url"));
        this.template = RequestTemplate.parse(spec.name(), "template", spec.param("template", HttpAppTargets.TEMPLATE));
        this.pointer = RequestTemplate.pointer(spec.param("response-path", HttpAppTargets.RESPONSE_PATH));
        this.replay = switch (spec.param("mode", "template")) {
            case "template" -> false;
            case "replay" -> true;
            default ->
                throw new ConfigException(
                        spec.name() + " parameter 'mode' must be template or replay: " + spec.param("mode", ""));
        };
        String reset = spec.param("reset-url", "");
        this.resetUrl = reset.isBlank() ? null : sg.assay.targets.Secrets.baseUrl(spec.name(), reset);
        this.resetTemplate = RequestTemplate.parse(
                spec.name(), "reset-template", spec.param("reset-template", HttpAppTargets.RESET_TEMPLATE));
        Headers h = Headers.parse(spec.name(), spec.param("headers", ""), env);
        this.headers = h.values();
        this.transport = new Transport(spec.name(), h.redactor());
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        String session = "assay-" + Long.toHexString(request.seed()) + "-" + sessions.incrementAndGet();
        URI reset = resetUrl;
        if (reset != null) {
            send(reset, resetTemplate, request.messages(), values(request.messages(), session, 0), request);
        }
        if (!replay) {
            JsonNode answer = send(url, template, request.messages(), values(request.messages(), session, 1), request);
            return response(answer);
        }
        JsonNode answer = Json.mapper().nullNode();
        List<Message> sofar = new ArrayList<>();
        int turn = 0;
        for (Message m : request.messages()) {
            sofar.add(m);
            if (m instanceof UserMessage) {
                turn++;
                answer = send(url, template, sofar, values(sofar, session, turn), request);
            }
        }
        if (turn == 0) {
            throw new NonRetriableTargetException(spec.name() + " needs at least one user message", Scope.SAMPLE);
        }
        return response(answer);
    }

    private static Map<String, String> values(List<Message> conversation, String session, int turn) {
        Map<String, String> v = new HashMap<>();
        String prompt = "";
        StringBuilder system = new StringBuilder();
        for (Message m : conversation) {
            if (m instanceof UserMessage u) {
                prompt = u.text();
            } else if (m instanceof SystemMessage s) {
                system.append(system.isEmpty() ? "" : "\n").append(s.text());
            }
        }
        v.put("prompt", prompt);
        v.put("system", system.toString());
        v.put("session", session);
        v.put("turn", Integer.toString(turn));
        return v;
    }

    private JsonNode send(
            URI to, RequestTemplate t, List<Message> conversation, Map<String, String> values, TargetRequest request) {
        byte[] body = Json.write(t.fill(conversation, values)).getBytes(StandardCharsets.UTF_8);
        HttpReply reply = transport.post(to, headers, body, request.config().timeout());
        if (!reply.ok()) {
            throw errors.map(reply, spec.name(), transport.where(to), transport.redactor());
        }
        return reply.body().length == 0 ? Json.mapper().nullNode() : reply.json(spec.name());
    }

    private TargetResponse response(JsonNode answer) {
        JsonNode text = answer.at(pointer);
        if (text.isMissingNode() || text.isNull() || text.isContainerNode()) {
            throw new NonRetriableTargetException(
                    "answer from " + spec.name() + " has no text at response-path " + pointer, Scope.SAMPLE);
        }
        return new TargetResponse(Message.assistant(text.asText()), new Usage(0, 0, 1), "", "", "stop", Map.of());
    }

    @Override
    public String describe() {
        return Endpoints.describe(spec);
    }

    @Override
    public String connectionKey() {
        return Endpoints.origin(url);
    }

    @Override
    public void close() {
        transport.close();
    }
}
