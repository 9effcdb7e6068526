package gov.qinghai.followup.common.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Puts one message on the wire (see {@link Outbox} for what the receiver gets); throws if it was not taken. */
@ApplicationScoped
public class MessageSender {
    @Inject
    Mailer mailer;
    @Inject
    ObjectMapper mapper;
    @Inject
    OutboxConfig config;
    @Inject
    Instance<EventEndpoints> endpoints;
    @Inject
    Clock clock;

    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(config.webhookTimeout()).build();
    }

    public void send(OutboxMessage m) throws IOException, InterruptedException {
        if (m.channel == Channel.EMAIL) {
            mailer.send(Mail.withText(m.recipient, m.subject, m.body)
                    .addHeader("Idempotency-Key", m.id.toString()));
            return;
        }
        if (m.channel == Channel.EVENT) {
            sendEvent(m);
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(m.recipient)).timeout(config.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", m.id.toString())
                .header("Outbox-Topic", m.topic)
                .header("Outbox-Sequence", Long.toString(m.sequence))
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(envelope(m)))).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            throw new IOException("webhook answered " + response.statusCode());
        }
    }

    /**
     * A CloudEvent in structured mode (the stored {@code data} is the whole event), signed after the Standard Webhooks
     * specification: {@code webhook-id} (the message id, the same on every retry), {@code webhook-timestamp} (Unix
     * seconds of this attempt) and {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256>} per secret, space
     * separated, of {@code id.timestamp.body}).
     */
    private void sendEvent(OutboxMessage m) throws IOException, InterruptedException {
        Instant now = Instant.now(clock);
        EventEndpoints.Endpoint to = endpoints.get().endpoint(m.recipient, now);
        String body = m.data;
        String id = m.id.toString();
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(to.url())).timeout(config.webhookTimeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigning.signatures(to.secrets(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            throw new IOException("subscriber answered " + response.statusCode());
        }
    }

    ObjectNode envelope(OutboxMessage m) throws IOException {
        ObjectNode body = mapper.createObjectNode();
        body.put("id", m.id.toString());
        body.put("topic", m.topic);
        body.put("eventKey", m.eventKey);
        body.put("sequence", m.sequence);
        body.put("createdAt", m.createdAt.toString());
        body.put("subject", m.subject);
        body.put("text", m.body);
        body.set("data", mapper.readTree(m.data));
        return body;
    }
}
