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
    static volatile int calls;
    private HttpServer server;

    static final String COVERAGE = """
            {"year":2017,"coverageRate":31.5,"items":[
             {"prefecture":"西宁市","coverageRate":35.2,"alliances":2},
             {"prefecture":"海东市","coverageRate":31.0,"alliances":1},
             {"prefecture":"海西州","coverageRate":30.4,"alliances":1},
             {"prefecture":"海南州","coverageRate":28.9,"alliances":1},
             {"prefecture":"海北州","coverageRate":30.0,"alliances":1},
             {"prefecture":"黄南州","coverageRate":26.7,"alliances":0},
             {"prefecture":"果洛州","coverageRate":22.1,"alliances":1},
             {"prefecture":"玉树州","coverageRate":24.3,"alliances":1}]}""";

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/family-doctor/coverage", exchange -> {
                calls++;
                boolean ok = !failing && exchange.getRequestURI().getQuery().contains("year=2017");
                byte[] body = (ok ? COVERAGE : "{\"title\":\"boom\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(ok ? 200 : 503, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            int dead;
            try (ServerSocket s = new ServerSocket(0)) {
                dead = s.getLocalPort();
            }
            return Map.of(
                    "action-plan.peers.medical-alliance.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "action-plan.peers.project-tracking.url", "http://127.0.0.1:" + dead,
                    "action-plan.peers.project-tracking.connect-timeout", "500ms");
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
