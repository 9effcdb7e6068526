package gov.qinghai.followup.common.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code operation} (db/operations V148), read by {@link Operations}; written by its native updates. */
@Entity
@Table(name = "operation")
public class OperationRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    public String kind;
    public String state;
    @Column(name = "progress_unit")
    public String progressUnit;
    public long done;
    public Long total;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
    public String runner;
    @Column(name = "result_location")
    public String resultLocation;
    public String summary;
    public String problem;

    OperationView view(ObjectMapper json) {
        OperationView.Result result = "succeeded".equals(state)
                ? new OperationView.Result(resultLocation, tree(json, summary)) : null;
        return new OperationView(id, kind, state, new OperationView.Progress(done, total, progressUnit), startedBy,
                createdAt, startedAt, finishedAt, result, tree(json, problem));
    }

    private static JsonNode tree(ObjectMapper json, String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation row holds invalid JSON", e);
        }
    }
}
