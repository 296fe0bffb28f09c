package sg.assay.targets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import sg.assay.json.Json;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;

/** A complete HTTP answer: status, headers and the body's bytes. */
public final class HttpReply {
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    public HttpReply(int status, HttpHeaders headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body.clone();
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON tree; a body that is not JSON (e.g. cut short) fails this sample only. */
    public JsonNode json(String who) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new NonRetriableTargetException(
                        "empty answer from " + who + " (HTTP " + status + ")", Scope.SAMPLE);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(who, e);
        } catch (IOException e) {
            throw malformed(who, e);
        }
    }

    /** The body bound to a wire type; malformed or truncated JSON fails this sample only. */
    public <T> T json(String who, Class<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (IOException e) {
            throw malformed(who, e);
        }
    }

    private static boolean startsWithTag(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '<';
            }
        }
        return false;
    }

    private NonRetriableTargetException malformed(String who, IOException e) {
        String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        String line = String.valueOf(why).lines().findFirst().orElse("");
        int marker = line.indexOf(" (start marker at ");
        if (marker > 0) {
            line = line.substring(0, marker); // Jackson's location blurb names no useful source
        }
        if (startsWithTag(body)) {
            line = "the answer is an HTML page, not JSON: is the base URL right?";
        }
        return new NonRetriableTargetException(
                "malformed JSON from " + who + " (HTTP " + status + ", " + body.length + " bytes): " + line,
                Scope.SAMPLE,
                e);
    }
}
