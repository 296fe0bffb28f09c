package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sg.assay.json.Json;

/**
 * A small stateful chat application for {@code http/} targets: it keeps each session's history, refuses prompts
 * that match the refuse pattern and otherwise repeats the message with the turn number.
 *
 * <ul>
 *   <li>{@code POST /app/chat {"session": "s1", "message": "hi"}} answers {@code {"reply": {"text": "..."},
 *       "session": "s1", "turn": 1}}
 *   <li>{@code POST /app/reset {"session": "s1"}} forgets the session's history
 *   <li>{@code POST /app/complete {"messages": [{"role": "user", "content": "hi"}]}} answers statelessly with
 *       {@code {"output": "..."}}
 * </ul>
 */
final class AppSessions {
    private static final int MAX_SESSIONS = 100_000;
    private final Responder responder;
    private final Map<String, List<String>> sessions = new ConcurrentHashMap<>();

    AppSessions(Responder responder) {
        this.responder = responder;
    }

    Reply chat(JsonNode body) {
        String session = body.path("session").asText("");
        JsonNode message = body.path("message");
        if (session.isEmpty() || !message.isTextual()) {
            throw ApiError.invalid("message", "both 'session' and 'message' (a string) are required");
        }
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.clear();
        }
        List<String> history = sessions.computeIfAbsent(session, s -> new ArrayList<>());
        int turn;
        synchronized (history) {
            history.add(message.asText());
            turn = history.size();
        }
        ObjectNode r = Json.mapper().createObjectNode();
        r.putObject("reply").put("text", "[turn " + turn + "] " + say(message.asText()));
        r.put("session", session).put("turn", turn);
        return Reply.Json.ok(r);
    }

    Reply reset(JsonNode body) {
        String session = body.path("session").asText("");
        if (session.isEmpty()) {
            throw ApiError.missing("session");
        }
        boolean existed = sessions.remove(session) != null;
        return Reply.Json.ok(
                Json.mapper().createObjectNode().put("session", session).put("reset", existed));
    }

    Reply complete(JsonNode body) {
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            throw ApiError.missing("messages");
        }
        List<Turn> turns = new ArrayList<>();
        for (JsonNode m : messages) {
            turns.add(new Turn(m.path("role").asText("user"), Turn.text(m.path("content"))));
        }
        String text = "[turn "
                + turns.stream().filter(t -> t.role().equals("user")).count() + "] " + say(Turn.lastUser(turns));
        return Reply.Json.ok(Json.mapper().createObjectNode().put("output", text));
    }

    private String say(String message) {
        return responder.matches(message) ? Behaviour.REFUSAL : "You said: " + message;
    }

    int sessionCount() {
        return sessions.size();
    }
}
