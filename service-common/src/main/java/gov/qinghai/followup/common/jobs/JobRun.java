package gov.qinghai.followup.common.jobs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The record that a scheduled job processed one period. Its primary key (job, period) is what makes
 * a job run once per period however many replicas fire it.
 */
@Entity
@Table(name = "job_run")
@IdClass(JobRun.Key.class)
public class JobRun extends PanacheEntityBase {
    @Id
    public String job;
    @Id
    public String period;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "triggered_by")
    public String triggeredBy;
    public String outcome;
    @Column(name = "items")
    public int items;

    public record Key(String job, String period) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
