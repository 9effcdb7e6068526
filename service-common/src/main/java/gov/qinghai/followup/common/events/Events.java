package gov.qinghai.followup.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.Recipient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes a business event: one call inside the service method that makes the change, in its transaction. The
 * event (a CloudEvents 1.0 JSON object) goes into {@code event_log} (the change feed, numbered in commit order after
 * commit by {@link EventSequencer}) and, for every subscription whose types and filter match, into the outbox
 * (channel EVENT, the subscription's own ordered queue). A rolled-back change publishes nothing; a committed one
 * publishes exactly once.
 *
 * <pre>{@code
 * events.publish("progress-report.submitted", "projects/42/progress-reports/2017-08",
 *         Map.of("projectId", 42, "period", "2017-08"), Events.Scope.of(unit.name, unit.prefecture));
 * }</pre>
 *
 * <p><b>No personal data.</b> Events never carry a patient reference or anything that names a person: they go to
 * other government systems and to every role that may read their subject. {@link #publish} refuses data with a field
 * whose name mentions a patient or a value that looks like a 居民身份证号码 (a programming error, not a user's).
 */
@ApplicationScoped
public class Events {
    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{17}[\\dXx]");

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private EventCatalogue catalogue;

    /** Which unit and 市州 the event concerns (subscription filters match on them); either may be null. */
    public record Scope(String unit, String prefecture) {
        public static final Scope NONE = new Scope(null, null);

        public static Scope of(String unit, String prefecture) {
            return new Scope(unit, prefecture);
        }
    }

    @PostConstruct
    void load() {
        catalogue = EventCatalogue.load();
    }

    public EventCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Adds the event to the current transaction (there must be one) and returns its id.
     *
     * @param name    as in the service's META-INF/qinghai-events.json, e.g. {@code progress-report.submitted}
     * @param subject what changed, a path-like name ({@code projects/42/progress-reports/2017-08})
     * @param data    a JSON object (a Map or record)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String name, String subject, Object data, Scope scope) {
        return publishAll(name, List.of(new Draft(subject, data, scope))).get(0);
    }

    /** One event of a batch: what {@link #publishAll} publishes. */
    public record Draft(String subject, Object data, Scope scope) {
    }

    /**
     * Publishes events of one kind in two statements whatever their number (plus one outbox row per event and
     * matching subscription), in the order given: for a job or a conclusion that changes many records at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(String name, List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        EventKind kind = catalogue.kind(name);
        String type = kind.type(catalogue.domain());
        Instant now = Instant.now(clock);
        com.fasterxml.jackson.databind.node.ArrayNode rows = mapper.createArrayNode();
        List<UUID> ids = new java.util.ArrayList<>();
        List<ObjectNode> built = new java.util.ArrayList<>();
        for (Draft d : drafts) {
            JsonNode payload = mapper.valueToTree(d.data());
            if (!payload.isObject()) {
                throw new IllegalArgumentException("event data must be a JSON object");
            }
            requireNoPersonalData(payload, name);
            UUID id = UUID.randomUUID();
            ObjectNode event = mapper.createObjectNode();
            event.put("specversion", "1.0");
            event.put("id", id.toString());
            event.put("source", "/qinghai-followup/" + application);
            event.put("type", type);
            event.put("subject", d.subject());
            event.put("time", now.toString());
            event.put("datacontenttype", "application/json");
            event.set("data", payload);
            ObjectNode row = rows.addObject();
            row.put("id", id.toString());
            row.put("subject", d.subject());
            row.put("unit", d.scope().unit());
            row.put("prefecture", d.scope().prefecture());
            row.set("event", event);
            ids.add(id);
            built.add(event);
        }
        // rows in the order given: seq (the insert order within the transaction) follows it, and so do positions
        em.createNativeQuery("""
                insert into event_log (id, type, subject, time, unit, prefecture, readers, event)
                select cast(e ->> 'id' as uuid), ?2, e ->> 'subject', ?3, e ->> 'unit', e ->> 'prefecture', ?4, e -> 'event'
                from jsonb_array_elements(cast(?1 as jsonb)) with ordinality as t (e, n) order by n""")
                .setParameter(1, rows.toString()).setParameter(2, type).setParameter(3, now)
                .setParameter(4, String.join(",", kind.readers())).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Tuple> subscribers = em.createNativeQuery("""
                select id, unit, prefecture from event_subscription
                where position(',' || ?1 || ',' in ',' || event_types || ',') > 0
                order by created_at, id""", Tuple.class).setParameter(1, type).getResultList();
        for (int i = 0; i < drafts.size(); i++) {
            Scope scope = drafts.get(i).scope();
            for (Tuple s : subscribers) {
                String unit = s.get("unit", String.class);
                String prefecture = s.get("prefecture", String.class);
                if ((unit == null || unit.equals(scope.unit())) && (prefecture == null || prefecture.equals(scope.prefecture()))) {
                    outbox.enqueue(Recipient.subscription(s.get("id", UUID.class)), new Outbox.Message(type, ids.get(i).toString(),
                            kind.label(), kind.label() + ": " + drafts.get(i).subject(), built.get(i)));
                }
            }
        }
        return ids;
    }

    /** Publishes with no unit or 市州 (only subscriptions without a filter get it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String name, String subject, Map<String, ?> data) {
        return publish(name, subject, data, Scope.NONE);
    }

    static void requireNoPersonalData(JsonNode node, String name) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().toLowerCase(java.util.Locale.ROOT).contains("patient")) {
                    throw new IllegalArgumentException("event " + name + " must not carry " + f.getKey()
                            + ": events carry no patient reference");
                }
                requireNoPersonalData(f.getValue(), name);
            }
        } else if (node.isArray()) {
            node.forEach(n -> requireNoPersonalData(n, name));
        } else if (node.isTextual() && NATIONAL_ID.matcher(node.asText()).find()) {
            throw new IllegalArgumentException("event " + name + " carries what looks like a national id number");
        }
    }
}
