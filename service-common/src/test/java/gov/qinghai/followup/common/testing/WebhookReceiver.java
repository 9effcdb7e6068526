package gov.qinghai.followup.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * A webhook receiver for outbox tests: records every POST (path, Idempotency-Key, JSON body) and answers 204, or the
 * status {@link #answer} chooses (e.g. 400 for ever for one message, as a receiver that refuses it).
 * Handles requests on several threads, so that concurrent senders really are concurrent.
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the receiver saw it. */
    public record Received(String path, String idempotencyKey, JsonNode body, String raw,
                           java.util.Map<String, String> headers) {
        /** A header as sent (names in lower case), e.g. {@code webhook-signature}; null if absent. */
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        public String id() {
            return body.path("id").asText();
        }

        public long sequence() {
            return body.path("sequence").asLong();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Consumer<Received> onRequest = r -> { };
    private volatile ToIntFunction<Received> status = r -> 204;

    private WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts listening on 127.0.0.1:port (0: any free port). */
    public static WebhookReceiver start(int port) {
        try {
            return new WebhookReceiver(port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    /** A port nobody listens on right now: a receiver that is down until {@link #start(int)} is called with it. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The URL of a path on this receiver. */
    public String url(String path) {
        return url(server.getAddress().getPort(), path);
    }

    /** Runs before each answer, on the request's thread (to hold a request back, or to count). */
    public WebhookReceiver onRequest(Consumer<Received> hook) {
        this.onRequest = hook;
        return this;
    }

    /** The HTTP status to answer each request with (default 204); the request is recorded whatever the answer. */
    public WebhookReceiver answer(ToIntFunction<Received> status) {
        this.status = status;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            Received r = new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"), JSON.readTree(bytes),
                    new String(bytes, java.nio.charset.StandardCharsets.UTF_8), java.util.Map.copyOf(headers));
            received.add(r);
            onRequest.accept(r);
            exchange.sendResponseHeaders(status.applyAsInt(r), -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
