package bench.floor;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One endpoint per read path of deploy/bench/run.sh, at the service's path under a prefix (/pt, /ma, /ap, /tr), each
 * running that path's SQL (deploy/bench/pgbench/*.sql, taken from the services' Hibernate log) on one pooled
 * connection and serializing the rows with Jackson: the work no service can avoid, with Quarkus REST, Jackson, Agroal
 * and the PostgreSQL driver and nothing of ours. Objects carry the rows' columns; pages are {items, page, size,
 * total}; stored reports are sent as stored.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class Floor {
    @Inject
    Db db;

    private static Map<String, Object> page(List<Map<String, Object>> items, int page, int size, long total) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("page", page);
        m.put("size", size);
        m.put("total", total);
        return m;
    }

    private static <T> T found(T t) {
        if (t == null) {
            throw new NotFoundException();
        }
        return t;
    }

    // ------------------------------------------------------------------ project tracking
    private static final String PROJECT = "select p1_0.id,p1_0.fair_id,f1_0.id,f1_0.edition,f1_0.held_from,f1_0.held_to,f1_0.name,f1_0.notice,f1_0.version,p1_0.fund_provinces,p1_0.fund_sources,p1_0.name,p1_0.party_a,p1_0.party_b,p1_0.quality_flags,p1_0.responsible_leader,p1_0.responsible_persons,p1_0.seq,p1_0.source_line,p1_0.total_investment,p1_0.unit_id,u1_0.id,u1_0.contact_email,u1_0.kind,u1_0.name,u1_0.park,u1_0.prefecture,u1_0.version,p1_0.version from project_tracking.project p1_0 join project_tracking.responsible_unit u1_0 on u1_0.id=p1_0.unit_id join project_tracking.fair f1_0 on f1_0.id=p1_0.fair_id ";

    @GET
    @Path("pt/api/v1/projects/{id}")
    public Map<String, Object> project(@PathParam("id") long id) {
        return found(db.with(c -> c.one(PROJECT + "where p1_0.id=? fetch first ? rows only", id, 1)));
    }

    @GET
    @Path("pt/api/v1/projects")
    public Map<String, Object> projects(@QueryParam("fairId") long fair, @QueryParam("unitId") long unit,
            @QueryParam("page") int page, @QueryParam("size") int size) {
        return db.with(c -> page(
                c.rows(PROJECT + "where f1_0.id=? and u1_0.id=? order by p1_0.seq offset ? rows fetch first ? rows only", fair, unit, page * size, size),
                page, size, c.count("select count(*) from project_tracking.project p1_0 where p1_0.fair_id=? and p1_0.unit_id=?", fair, unit)));
    }

    private static String ratesLine(String key) {
        return "select " + key + " as k, count(*), count(*) filter (where l.contract_performed), count(*) filter (where l.construction_started), coalesce(sum(l.funds_in_place) filter (where p.total_investment is not null), 0), coalesce(sum(p.total_investment), 0) from project_tracking.project p join project_tracking.responsible_unit u on u.id = p.unit_id left join lateral (select r.contract_performed, r.construction_started, r.funds_in_place from project_tracking.progress_report r where r.project_id = p.id and r.is_current and r.period <= ? order by r.period desc limit 1) l on true where p.fair_id = ? group by k order by min(u.id), k";
    }

    @GET
    @Path("pt/api/v1/rates")
    public Map<String, Object> rates(@QueryParam("asOf") String asOf, @QueryParam("fairId") long fair, @QueryParam("by") String by) {
        String period = asOf.substring(0, 7);
        return db.with(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fair", found(c.one("select f1_0.id,f1_0.edition,f1_0.held_from,f1_0.held_to,f1_0.name,f1_0.notice,f1_0.version from project_tracking.fair f1_0 where f1_0.id=?", fair)));
            m.put("targets", c.rows("select mt1_0.id,mt1_0.construction_start_rate,mt1_0.contract_fulfilment_rate,mt1_0.due_date,mt1_0.fair_id,mt1_0.funds_in_place_rate,mt1_0.source,mt1_0.version from project_tracking.milestone_target mt1_0 where mt1_0.fair_id=? order by mt1_0.due_date", fair));
            m.put("overall", c.rows(ratesLine("'全部'"), period, fair));
            m.put("lines", c.rows(ratesLine("u.name"), period, fair));
            return m;
        });
    }

    @GET
    @Path("pt/api/v1/period-reports/quarterly/{quarter}")
    public String ptQuarterly(@PathParam("quarter") String quarter, @QueryParam("fairId") String fair) {
        Map<String, Object> r = found(db.with(c -> c.one("select r.id, r.version, r.built_at, r.data_as_of, r.built_by, r.reason, (select min(n.version) from project_tracking.period_report n where n.kind = r.kind and n.period = r.period and n.scope = r.scope and n.version > r.version) as superseded_by, r.content::text as content from project_tracking.period_report r where r.kind = 'quarterly' and r.period = ? and r.scope = ? order by r.version desc limit 1", quarter, fair)));
        return (String) r.get("content");
    }

    // ------------------------------------------------------------------ medical alliance
    private static final String REFERRAL = "select r1_0.id,r1_0.accepted_at,r1_0.alliance_id,r1_0.appointment_at,r1_0.cancelled_at,r1_0.completed_at,r1_0.contracted,r1_0.direction,r1_0.discharge_summary_ref,r1_0.feedback,r1_0.from_institution_id,r1_0.out_of_alliance,r1_0.patient_ref,r1_0.performer_practitioner,r1_0.priority,r1_0.reason,r1_0.reason_code,r1_0.rejected_at,r1_0.requested_at,r1_0.requested_by,r1_0.requester_practitioner,r1_0.started_at,r1_0.status,r1_0.status_changed_at,r1_0.status_reason,r1_0.to_institution_id,r1_0.urgency,r1_0.version from medical_alliance.referral r1_0 ";

    @GET
    @Path("ma/api/v1/referrals/{id}")
    public Map<String, Object> referral(@PathParam("id") long id) {
        return found(db.with(c -> c.one(REFERRAL + "where r1_0.id=?", id)));
    }

    @GET
    @Path("ma/api/v1/referrals")
    public Map<String, Object> referrals(@QueryParam("toInstitutionId") long to, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size) {
        return db.with(c -> page(
                c.rows(REFERRAL + "where 1=1 and r1_0.to_institution_id=? and r1_0.status=? order by case r1_0.urgency when 'STAT' then 0 when 'ASAP' then 1 when 'URGENT' then 2 else 3 end,case when r1_0.priority='PRIORITY' then 0 else 1 end,r1_0.requested_at,r1_0.id offset ? rows fetch first ? rows only", to, status, page * size, size),
                page, size, c.count("select count(*) from medical_alliance.referral r1_0 where 1=1 and r1_0.to_institution_id=? and r1_0.status=?", to, status)));
    }

    // ------------------------------------------------------------------ action plan
    private static final String TASK = "select t1_0.id,t1_0.group_id,t1_0.lead_wording,t1_0.number,t1_0.responsible_wording,t1_0.text,t1_0.version from action_plan.task t1_0 ";

    @GET
    @Path("ap/api/v1/tasks/{number}")
    public Map<String, Object> task(@PathParam("number") int number) {
        return db.with(c -> {
            Map<String, Object> t = found(c.one(TASK + "where t1_0.number=? fetch first ? rows only", number, 1));
            long id = ((Number) t.get("id")).longValue();
            t.put("units", c.rows("select u1_0.task_id,u1_0.id,u1_0.followed_by_etc,u1_0.position,u1_0.role,u2_0.id,u2_0.kind,u2_0.name,u2_0.prefecture,u2_0.version,u1_0.version,u1_0.wording from action_plan.task_unit u1_0 left join action_plan.unit u2_0 on u2_0.id=u1_0.unit_id where u1_0.task_id=? order by u1_0.role,u1_0.position", id));
            t.put("notes", c.rows("select sn1_0.id,sn1_0.detail,sn1_0.kind,sn1_0.task_number from action_plan.seed_note sn1_0 where sn1_0.task_number=? order by sn1_0.id", number));
            t.put("group", c.one("select tg1_0.id,tg1_0.first_task,tg1_0.heading,tg1_0.last_task,tg1_0.name,tg1_0.numeral,tg1_0.version from action_plan.task_group tg1_0 where tg1_0.id=?", t.get("group_id")));
            t.put("indicators", c.rows("select i1_0.task_id,i1_0.id,i1_0.code,i1_0.comparator,i1_0.deadline,i1_0.deadline_basis,i1_0.linked_key,i1_0.linked_source,i1_0.name,i1_0.source_phrase,i1_0.target,i1_0.unit,i1_0.version from action_plan.indicator i1_0 where i1_0.task_id=? order by i1_0.code", id));
            return t;
        });
    }

    @GET
    @Path("ap/api/v1/reports")
    public Map<String, Object> reports(@QueryParam("period") String period, @QueryParam("page") int page, @QueryParam("size") int size) {
        return db.with(c -> {
            List<Map<String, Object>> items = c.rows("select pr1_0.id,pr1_0.evidence_links,pr1_0.idempotency_key,pr1_0.narrative,pr1_0.period,pr1_0.problems,pr1_0.submitted_at,pr1_0.submitted_by,pr1_0.task_id,pr1_0.unit_id,pr1_0.version from action_plan.progress_report pr1_0 where 1=1 and pr1_0.period=? order by pr1_0.period desc,pr1_0.id offset ? rows fetch first ? rows only", period, page * size, size);
            Long[] ids = items.stream().map(r -> ((Number) r.get("id")).longValue()).toArray(Long[]::new);
            Long[] tasks = items.stream().map(r -> ((Number) r.get("task_id")).longValue()).toArray(Long[]::new);
            Long[] units = items.stream().map(r -> ((Number) r.get("unit_id")).longValue()).distinct().toArray(Long[]::new);
            Map<Object, Map<String, Object>> unitById = new LinkedHashMap<>();
            for (Map<String, Object> u : c.rows("select u1_0.id,u1_0.kind,u1_0.name,u1_0.prefecture,u1_0.version from action_plan.unit u1_0 where u1_0.id = any (?)", (Object) units)) {
                unitById.put(u.get("id"), u);
            }
            Map<Object, Map<String, Object>> taskById = new LinkedHashMap<>();
            for (Map<String, Object> t : c.rows(TASK + "where t1_0.id = any (?)", (Object) tasks)) {
                taskById.put(t.get("id"), t);
            }
            Map<Object, List<Map<String, Object>>> actuals = new LinkedHashMap<>();
            for (Map<String, Object> a : c.rows("select a1_0.report_id,a1_0.id,a1_0.as_of,i1_0.id,i1_0.code,i1_0.comparator,i1_0.deadline,i1_0.deadline_basis,i1_0.linked_key,i1_0.linked_source,i1_0.name,i1_0.source_phrase,i1_0.target,i1_0.task_id,i1_0.unit,i1_0.version,a1_0.value,a1_0.version from action_plan.indicator_actual a1_0 left join action_plan.indicator i1_0 on i1_0.id=a1_0.indicator_id where a1_0.report_id = any (?)", (Object) ids)) {
                actuals.computeIfAbsent(a.get("report_id"), k -> new java.util.ArrayList<>()).add(a);
            }
            for (Map<String, Object> r : items) {
                r.put("unit", unitById.get(r.get("unit_id")));
                r.put("task", taskById.get(r.get("task_id")));
                r.put("actuals", actuals.getOrDefault(r.get("id"), List.of()));
            }
            return page(items, page, size, c.count("select count(*) from action_plan.progress_report pr1_0 where 1=1 and pr1_0.period=?", period));
        });
    }

    @GET
    @Path("ap/api/v1/period-reports/quarterly/{quarter}")
    public String apQuarterly(@PathParam("quarter") String quarter, @QueryParam("page") int page, @QueryParam("size") int size) {
        return db.with(c -> {
            Map<String, Object> r = found(c.one("select id, summary::text as summary from action_plan.period_report where kind = 'quarterly' and period = ? order by version desc limit 1", quarter));
            long id = ((Number) r.get("id")).longValue();
            long total = c.count("select count(*) from action_plan.period_report_item where report_id = ?", id);
            StringBuilder b = new StringBuilder("{\"summary\":").append(r.get("summary")).append(",\"items\":[");
            boolean first = true;
            for (Map<String, Object> i : c.rows("select content::text as content from action_plan.period_report_item where report_id = ? order by position offset ? limit ?", id, page * size, size)) {
                b.append(first ? "" : ",").append(i.get("content"));
                first = false;
            }
            return b.append("],\"page\":").append(page).append(",\"size\":").append(size).append(",\"total\":").append(total).append('}').toString();
        });
    }

    // ------------------------------------------------------------------ transparency
    private static final String ON_TIME = "select subject_id, round(100.0 * count(*) filter (where published_on <= deadline) / nullif(count(*) filter (where published_on is not null), 0), 1) as on_time from transparency_assessment.disclosure_record where subject_id = any (?) and extract(year from produced_on) = ? group by subject_id";
    private static final String SUBJECT = "select as1_0.id,as1_0.contact_email,as1_0.kind,as1_0.name,as1_0.prefecture,as1_0.version from transparency_assessment.assessment_subject as1_0 ";
    private static final String ROUND = "select ar1_0.id,ar1_0.published_on,ar1_0.scheme_id,ar1_0.status,ar1_0.title,ar1_0.version,ar1_0.year from transparency_assessment.assessment_round ar1_0 where ar1_0.id=?";
    private static final String ASSESSMENT = "select a1_0.id,a1_0.breakdown,a1_0.concluded_at,a1_0.evaluation_note,a1_0.grade,a1_0.online_score,a1_0.ranking,a1_0.round_id,a1_0.self_inspected_at,a1_0.self_inspected_by,a1_0.self_inspection,a1_0.stage,a1_0.subject_id,a1_0.third_party_score,a1_0.total,a1_0.version from transparency_assessment.assessment a1_0 ";

    @GET
    @Path("tr/api/v1/assessments/{id}")
    public Map<String, Object> assessment(@PathParam("id") long id) {
        return db.with(c -> {
            Map<String, Object> a = found(c.one(ASSESSMENT + "where a1_0.id=?", id));
            Map<String, Object> round = c.one(ROUND, a.get("round_id"));
            a.put("round", round);
            a.put("subject", c.one(SUBJECT + "where as1_0.id=?", a.get("subject_id")));
            a.put("onTime", c.rows(ON_TIME, new Long[] {((Number) a.get("subject_id")).longValue()}, ((Number) round.get("year")).doubleValue()));
            return a;
        });
    }

    @GET
    @Path("tr/api/v1/routine-records")
    public Map<String, Object> routine(@QueryParam("subjectId") long subject, @QueryParam("year") int year,
            @QueryParam("page") int page, @QueryParam("size") int size) {
        return db.with(c -> page(
                c.rows("select rr1_0.id,rr1_0.description,rr1_0.evidence,rr1_0.item_no,rr1_0.kind,rr1_0.method,rr1_0.points,rr1_0.recorded_on,rr1_0.recorder,rr1_0.subject_id,rr1_0.version,rr1_0.year from transparency_assessment.routine_record rr1_0 where 1=1 and rr1_0.subject_id=? and rr1_0.year=? order by rr1_0.recorded_on desc,rr1_0.id desc offset ? rows fetch first ? rows only", subject, year, page * size, size),
                page, size, c.count("select count(*) from transparency_assessment.routine_record rr1_0 where 1=1 and rr1_0.subject_id=? and rr1_0.year=?", subject, year)));
    }

    @GET
    @Path("tr/api/v1/rounds/{id}/assessments")
    public Map<String, Object> ranking(@PathParam("id") long round, @QueryParam("page") int page, @QueryParam("size") int size) {
        return db.with(c -> {
            Map<String, Object> r = found(c.one(ROUND, round));
            List<Map<String, Object>> items = c.rows(ASSESSMENT + "where a1_0.round_id=? order by a1_0.ranking,a1_0.id offset ? rows fetch first ? rows only", round, page * size, size);
            Long[] subjects = items.stream().map(a -> ((Number) a.get("subject_id")).longValue()).toArray(Long[]::new);
            Map<Object, Map<String, Object>> subjectById = new LinkedHashMap<>();
            for (Map<String, Object> s : c.rows(SUBJECT + "where as1_0.id = any (?)", (Object) subjects)) {
                subjectById.put(s.get("id"), s);
            }
            Map<Object, Object> onTime = new LinkedHashMap<>();
            for (Map<String, Object> o : c.rows(ON_TIME, subjects, ((Number) r.get("year")).doubleValue())) {
                onTime.put(o.get("subject_id"), o.get("on_time"));
            }
            for (Map<String, Object> a : items) {
                a.put("subject", subjectById.get(a.get("subject_id")));
                a.put("onTime", onTime.get(a.get("subject_id")));
            }
            Map<String, Object> m = page(items, page, size, c.count("select count(*) from transparency_assessment.assessment a1_0 where a1_0.round_id=?", round));
            m.put("round", r);
            return m;
        });
    }

    @GET
    @Path("tr/api/v1/period-reports/annual/{year}")
    public String annual(@PathParam("year") String year) {
        return (String) found(db.with(c -> c.one("select r.id, r.version, r.content::text as content from transparency_assessment.period_report r where r.kind = 'annual' and r.period = ? order by r.version desc limit 1", year))).get("content");
    }
}
