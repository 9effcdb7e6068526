package gov.qinghai.followup.medical.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Referral volumes per alliance or per 市州, in SQL. The 市州 of a referral is that of its lower-grade end (the
 * referring institution of an UP referral, the receiving one of a DOWN referral): the place the patient lives
 * and is looked after, and where 分级诊疗 is measured.
 */
@ApplicationScoped
public class ReferralStatistics {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    @Inject
    EntityManager em;

    public enum GroupBy { ALLIANCE, PREFECTURE, PROVINCE }

    @Schema(name = "ReferralStatisticsRow")
    public record Row(@Schema(example = "青海省人民医院省级区域医疗联合体") String group,
                      @Schema(example = "1") Long groupId,
                      @Schema(example = "40") long up,
                      @Schema(example = "10") long down,
                      @Schema(example = "20.0", description = "share of downward referrals, %") BigDecimal downSharePct,
                      @Schema(example = "5.5", description = "mean hours from request to acceptance") BigDecimal meanHoursToAcceptance,
                      @Schema(example = "2") long pendingOverThreshold) {
    }

    @Schema(name = "ReferralStatistics")
    public record Result(@Schema(example = "ALLIANCE") GroupBy groupBy, @Schema(example = "2017-07-01") LocalDate from,
                         @Schema(example = "2017-09-30") LocalDate to, @Schema(example = "3") int pendingDays,
                         @Schema(example = "2017-10-01T00:00:00Z") Instant asOf, List<Row> rows) {
    }

    /**
     * Referrals requested in [from, to] (China dates); pending = requested more than pendingDays before asOf and
     * still 'requested' at asOf. The status at asOf comes from the referral's recorded (audited) step times — no
     * acceptance, rejection or cancellation at or before asOf — not from today's status, so a quarter's report
     * counts a referral accepted after the quarter ended as pending at its end.
     */
    @SuppressWarnings("unchecked")
    public Result compute(GroupBy by, LocalDate from, LocalDate to, int pendingDays, Instant asOf) {
        String key = switch (by) {
            case ALLIANCE -> "r.alliance_id as gid, coalesce(a.name, '联盟外 (out of alliance)') as gname";
            case PREFECTURE -> "p.id as gid, coalesce(p.name, '省级') as gname";
            case PROVINCE -> "cast(null as bigint) as gid, '全省' as gname";
        };
        String join = by == GroupBy.ALLIANCE ? "left join alliance a on a.id = r.alliance_id"
                : by == GroupBy.PROVINCE ? ""
                : "join institution lo on lo.id = case r.direction when 'UP' then r.from_institution_id "
                        + "else r.to_institution_id end left join prefecture p on p.id = lo.prefecture_id";
        List<Tuple> rows = em.createNativeQuery("""
                select gid, gname,
                       count(*) filter (where r.direction = 'UP') as up,
                       count(*) filter (where r.direction = 'DOWN') as down,
                       round(100.0 * count(*) filter (where r.direction = 'DOWN') / count(*), 1) as down_share,
                       round(cast(avg(extract(epoch from (r.accepted_at - r.requested_at)) / 3600.0)
                             filter (where r.accepted_at is not null) as numeric), 1) as mean_hours,
                       count(*) filter (where r.requested_at < ?3
                                          and (r.accepted_at is null or r.accepted_at > ?4)
                                          and (r.rejected_at is null or r.rejected_at > ?4)
                                          and (r.cancelled_at is null or r.cancelled_at > ?4)) as pending
                from (select %s, r.* from referral r %s
                      where r.requested_at >= ?1 and r.requested_at < ?2 and r.status <> 'ENTERED_IN_ERROR') r
                group by gid, gname order by gid nulls last""".formatted(key, join), Tuple.class)
                .setParameter(1, from.atStartOfDay(CHINA).toInstant())
                .setParameter(2, to.plusDays(1).atStartOfDay(CHINA).toInstant())
                .setParameter(3, asOf.minusSeconds(pendingDays * 86_400L))
                .setParameter(4, asOf)
                .getResultList();
        return new Result(by, from, to, pendingDays, asOf, rows.stream().map(r -> new Row(r.get("gname", String.class),
                r.get("gid") == null ? null : n(r.get("gid")), n(r.get("up")), n(r.get("down")),
                r.get("down_share", BigDecimal.class), r.get("mean_hours", BigDecimal.class), n(r.get("pending"))))
                .toList());
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
