package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.medical.domain.RearrangementStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 140号 五(一) "8月底前所有三级公立医院都要对医联体建设工作进行再安排、再部署" as a tracked obligation: every registered
 * 三级公立医院 with its status on a date, the deadline and words from notice_document, counted in SQL.
 */
@ApplicationScoped
public class RearrangementObligation {
    @Inject
    EntityManager em;

    @Schema(name = "RearrangementRow")
    public record Row(@Schema(example = "1") long institutionId, @Schema(example = "青海省人民医院") String institution,
                      @Schema(example = "省级") String prefecture,
                      @Schema(example = "2017-08-28") LocalDate doneOn,
                      @Schema(example = "青海省人民医院院发〔2017〕52号") String documentRef,
                      @Schema(example = "DONE_ON_TIME") RearrangementStatus status,
                      @Schema(example = "按期完成") String statusLabel) {
    }

    @Schema(name = "RearrangementObligation")
    public record Result(@Schema(example = "2017-09-30") LocalDate asOf,
                         @Schema(example = "2017-08-31") LocalDate dueOn,
                         @Schema(example = "五(一)") String clause,
                         @Schema(example = "8月底前所有三级公立医院都要对医联体建设工作进行再安排、再部署") String quote,
                         @Schema(example = "12") long hospitals, @Schema(example = "9") long doneOnTime,
                         @Schema(example = "1") long doneLate, @Schema(example = "2") long outstanding,
                         List<Row> rows,
                         @Schema(example = "截至2017-09-30，12家三级公立医院中9家按期完成再安排、再部署，1家逾期完成，2家尚未完成。")
                         String note) {
    }

    public Result asOf(LocalDate asOf) {
        Tuple notice = (Tuple) em.createNativeQuery("select rearrangement_due_on as due, rearrangement_quote as quote "
                + "from notice_document where code = '140'", Tuple.class).getSingleResult();
        LocalDate due = notice.get("due", LocalDate.class);
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = em.createNativeQuery("""
                select i.id as id, i.name as name, coalesce(p.name, '省级') as prefecture,
                       case when r.done_on <= ?1 then r.done_on end as done_on,
                       case when r.done_on <= ?1 then r.document_ref end as document_ref
                from institution i left join prefecture p on p.id = i.prefecture_id
                left join rearrangement r on r.institution_id = i.id
                where i.level = 'TERTIARY' and i.ownership = 'PUBLIC'
                order by i.prefecture_id nulls first, i.id""", Tuple.class).setParameter(1, asOf).getResultList();
        Labels labels = Labels.get();
        List<Row> rows = tuples.stream().map(t -> {
            LocalDate done = t.get("done_on", LocalDate.class);
            RearrangementStatus s = RearrangementStatus.of(due, done, asOf);
            return new Row(t.get("id", Number.class).longValue(), t.get("name", String.class),
                    t.get("prefecture", String.class), done, t.get("document_ref", String.class), s, labels.of(s));
        }).toList();
        long onTime = rows.stream().filter(r -> r.status() == RearrangementStatus.DONE_ON_TIME).count();
        long late = rows.stream().filter(r -> r.status() == RearrangementStatus.DONE_LATE).count();
        long outstanding = rows.size() - onTime - late;
        String note = "截至" + asOf + "，" + rows.size() + "家三级公立医院中" + onTime + "家按期（" + due + "前）完成再安排、再部署，"
                + late + "家逾期完成，" + outstanding + "家尚未完成" + (asOf.isAfter(due) && outstanding > 0 ? "（已逾期）" : "")
                + "。";
        return new Result(asOf, due, "五(一)", notice.get("quote", String.class), rows.size(), onTime, late, outstanding,
                rows, note);
    }
}
