package gov.qinghai.followup.common.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The change feed: committed events after a cursor, in commit order, those the caller's role may read. */
@ApplicationScoped
public class EventFeed {
    @Inject
    EntityManager em;
    @Inject
    EventSequencer sequencer;
    @Inject
    ObjectMapper mapper;
    @Inject
    CurrentUser user;

    @Schema(name = "EventFeedItem", description = "one event and its cursor")
    public record Item(@Schema(description = "pass it as after= to read what follows this event", example = "42")
                       String cursor,
                       @Schema(description = "the CloudEvents 1.0 event, as delivered to subscriptions",
                               ref = "CloudEvent") JsonNode event) {
    }

    @Schema(name = "EventFeedPage", description = "events after the cursor, oldest first")
    public record FeedPage(List<Item> items,
                           @Schema(description = "the cursor to read on from: the last item's, or the one sent when "
                                   + "there is nothing new", example = "42") String nextCursor,
                           @Schema(description = "more events follow now: read again at once with nextCursor")
                           boolean hasMore) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedPage read(Long after, int size) {
        sequencer.sequence();
        long purged = ((Number) em.createNativeQuery("select purged_through from event_sequencer where id = 1")
                .getSingleResult()).longValue();
        // without a cursor: from the oldest event kept (a nextCursor of an empty answer is then valid)
        long from = after == null ? purged : after;
        if (after != null && after < purged) {
            throw Problems.withDetail(HttpProblem.builder().withType(URI.create("/problems/event-cursor-expired"))
                    .withTitle("Gone").withStatus(410), Detail.of("common.events.cursor-expired",
                            "events up to cursor {0} were deleted after the retention (qinghai.events.retention); "
                                    + "events after {1} may be missing: read the records themselves again, then follow "
                                    + "the feed from nextCursor of a read without after", purged, after))
                    .with("field", "after").with("purgedThrough", purged).build();
        }
        List<String> roles = EventCatalogue.EVERYONE.stream().filter(user::has).toList();
        StringBuilder sql = new StringBuilder("select position, cast(event as text) as event from event_log where position > ?1 and (false");
        for (int i = 0; i < roles.size(); i++) {
            sql.append(" or position(?").append(i + 3).append(" in ',' || readers || ',') > 0");
        }
        sql.append(") order by position limit ?2");
        Query q = em.createNativeQuery(sql.toString(), Tuple.class).setParameter(1, from).setParameter(2, size + 1);
        for (int i = 0; i < roles.size(); i++) {
            q.setParameter(i + 3, "," + roles.get(i) + ",");
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        List<Item> items = new ArrayList<>();
        for (Tuple r : rows.subList(0, Math.min(size, rows.size()))) {
            items.add(new Item(String.valueOf(r.get("position", Number.class).longValue()), read(r.get("event", String.class))));
        }
        String next = items.isEmpty() ? String.valueOf(from) : items.get(items.size() - 1).cursor();
        return new FeedPage(items, next, rows.size() > size);
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
