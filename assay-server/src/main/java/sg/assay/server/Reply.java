package sg.assay.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** What a route answers before faults are applied: one JSON document or a stream of server-sent events. */
sealed interface Reply {
    /** A JSON body with a status and any extra headers. */
    record Json(int status, ObjectNode body, Map<String, String> headers) implements Reply {
        public Json {
            headers = Map.copyOf(headers);
        }

        static Json ok(ObjectNode body) {
            return new Json(200, body, Map.of());
        }
    }

    /** Server-sent events, each already framed ({@code data: ...} followed by a blank line). */
    record Stream(List<String> events) implements Reply {
        public Stream {
            events = List.copyOf(events);
        }
    }

    /** An empty 204 answer. */
    record NoContent() implements Reply {}
}
