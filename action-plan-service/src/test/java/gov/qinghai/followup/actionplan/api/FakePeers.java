package gov.qinghai.followup.actionplan.api;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A live fake medical-alliance-service on a random port (family-doctor coverage per 市州), switchable to fail,
 * and a dead project-tracking-service (a port nothing listens on).
 */
public class FakePeers implements QuarkusTestResourceLifecycleManager {
    static volatile boolean failing;
    /** Answer 200 without the figure (a peer in maintenance): stale answers without tripping the circuit breaker. */
    static volatile boolean withoutFigures;
    static volatile int calls;
    /** The Authorization header of the last call to the family-doctor coverage. */
    static volatile String lastAuthorization;
    private HttpServer server;

    /** The shape of medical-alliance-service GET /api/v1/family-doctor/coverage?year=2017. */
    static final String COVERAGE = """
            {"year":2017,"upTo":"2017-12","target":{"year":2017,"overallPct":30},
             "province":{"prefecture":"全省","coveragePct":31.5},
             "prefectures":[
             {"prefecture":"西宁市","coveragePct":35.2},{"prefecture":"海东市","coveragePct":31.0},
             {"prefecture":"海西州","coveragePct":30.4},{"prefecture":"海南州","coveragePct":28.9},
             {"prefecture":"海北州","coveragePct":30.0},{"prefecture":"黄南州","coveragePct":26.7},
             {"prefecture":"果洛州","coveragePct":22.1},{"prefecture":"玉树州","coveragePct":24.3}],
             "missing":[],"complete":true}""";

    /** The shape of medical-alliance-service GET /api/v1/coverage/prefectures?year=2017. */
    static final String ALLIANCES = """
            {"asOf":"2017-12-31","targetPerPrefecture":1,"prefecturesMeeting":7,"prefectures":[
             {"prefecture":"西宁市","establishedAlliances":2,"effectiveAlliances":2,"meetsTarget":true},
             {"prefecture":"果洛州","establishedAlliances":1,"effectiveAlliances":0,"meetsTarget":false}],
             "missing":[]}""";

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/family-doctor/coverage", exchange -> {
                calls++;
                lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                boolean ok = !failing && exchange.getRequestURI().getQuery().contains("year=2017");
                String answer = withoutFigures ? "{\"year\":2017,\"note\":\"maintenance\"}" : COVERAGE;
                byte[] body = (ok ? answer : "{\"title\":\"boom\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(ok ? 200 : 503, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.createContext("/api/v1/coverage/prefectures", exchange -> {
                byte[] body = ALLIANCES.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(failing ? 503 : 200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            int dead;
            try (ServerSocket s = new ServerSocket(0)) {
                dead = s.getLocalPort();
            }
            String live = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of(
                    "action-plan.peers.family-doctor-coverage.url", live,
                    "action-plan.peers.alliance-coverage.url", live,
                    "action-plan.peers.project-rates.url", "http://127.0.0.1:" + dead,
                    "action-plan.peers.project-rates.connect-timeout", "500ms");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
