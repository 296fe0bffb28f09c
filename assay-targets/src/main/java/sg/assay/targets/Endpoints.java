package sg.assay.targets;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import sg.assay.Spec;

/** URL handling shared by the HTTP targets: joining paths, the connection key, and describing a spec safely. */
public final class Endpoints {
    private Endpoints() {}

    /** The base URL with {@code path} appended after exactly one slash. */
    public static URI resolve(URI base, String path) {
        String b = base.toString().replaceAll("/+$", "");
        return URI.create(b + "/" + path.replaceAll("^/+", ""));
    }

    /** {@code scheme://host:port}: targets on the same server share their connection limit. */
    public static String origin(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : (uri.getScheme().equals("https") ? 443 : 80);
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }

    /** The spec as text with secrets in URL-valued parameters masked: what the run record stores. */
    public static String describe(Spec spec) {
        Map<String, String> params = new LinkedHashMap<>();
        spec.params().forEach((k, v) -> params.put(k, Redactor.url(v)));
        return Spec.of(spec.name(), params).render();
    }
}
