package gov.qinghai.followup.projects.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.projects.config.NotificationConfig;
import gov.qinghai.followup.projects.domain.NotificationDelivery;
import gov.qinghai.followup.projects.domain.Reminder;
import gov.qinghai.followup.projects.domain.RetryBackoff;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.SpecHints;

/**
 * Sends due deliveries by e-mail (quarkus-mailer) or webhook (JSON POST). A failure keeps the delivery
 * PENDING with a later attempt time, so nothing is lost while a receiver is down; rows are taken with
 * SKIP LOCKED so that several replicas share the work without sending twice.
 */
@ApplicationScoped
public class DeliveryService {
    @Inject
    Mailer mailer;
    @Inject
    NotificationConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry metrics;

    private final HttpClient http = HttpClient.newBuilder().build();

    public record Outcome(int sent, int failed) {
    }

    @Transactional
    public Outcome deliverDue(Instant now) {
        List<NotificationDelivery> due = NotificationDelivery
                .find("status = ?1 and nextAttemptAt <= ?2 order by id", NotificationDelivery.Status.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, 100).list();
        int sent = 0;
        int failed = 0;
        for (NotificationDelivery d : due) {
            d.attempts++;
            try {
                send(d);
                d.status = NotificationDelivery.Status.SENT;
                d.sentAt = now;
                d.lastError = null;
                sent++;
                metrics.counter("reminders.sent", "channel", d.channel.name()).increment();
            } catch (Exception e) {
                failed++;
                metrics.counter("reminders.failed", "channel", d.channel.name()).increment();
                d.lastError = truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
                if (d.attempts >= config.maxAttempts()) {
                    d.status = NotificationDelivery.Status.FAILED;
                } else {
                    d.nextAttemptAt = now.plus(RetryBackoff.after(d.attempts, config.firstRetryDelay()));
                }
            }
        }
        return new Outcome(sent, failed);
    }

    private void send(NotificationDelivery d) throws Exception {
        Reminder r = d.reminder;
        String subject = (r.kind == Reminder.Kind.REMINDER ? "签约项目进展报送提醒 " : "签约项目进展报送逾期 ") + r.period;
        if (d.channel == NotificationDelivery.Channel.EMAIL) {
            mailer.send(Mail.withText(d.target, subject, r.unit.name + "：\n" + r.message));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reminderId", r.id);
        body.put("kind", r.kind);
        body.put("period", r.period);
        body.put("unit", r.unit.name);
        body.put("dueAt", r.dueAt.toString());
        body.put("projectIds", r.projectIds);
        body.put("message", r.message);
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.target)).timeout(config.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "reminder-" + r.id + "-" + d.channel)
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("webhook answered " + response.statusCode());
        }
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
