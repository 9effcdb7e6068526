package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.FigureRule;
import gov.qinghai.followup.actionplan.domain.Indicator;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An admin adds an indicator the seed missed (citing the notice's words) or corrects one on the version read. */
@ApplicationScoped
public class IndicatorService {

    /** Indicators by task number and code, of one task when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Indicator> list(Integer task) {
        Where w = new Where().equal("task.number", "n", task);
        return Indicator.find(w.query(), Sort.by("task.number").and("code"), w.params());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator get(long id) {
        return Indicator.<Indicator>findByIdOptional(id).orElseThrow(() -> Problems.notFound("indicator", id));
    }

    /** The new indicator's id. */
    @Transactional
    public long create(int number, IndicatorInput body) {
        Task task = Task.byNumber(number).orElseThrow(() -> Problems.notFound("task", number));
        checkCode(body);
        if (!body.code().startsWith(String.format("%02d-", number))) {
            throw Problems.badRequest("code", Detail.of("ap.indicator.code-prefix",
                    "code must start with the task number, e.g. {0}", String.format("%02d-", number)));
        }
        if (Indicator.count("code", body.code()) > 0) {
            throw Problems.conflict(Detail.of("ap.indicator.exists", "indicator {0} exists", body.code()));
        }
        Indicator i = new Indicator();
        i.task = task;
        i.code = body.code();
        apply(i, body);
        i.persist();
        Indicator.flush();
        return i.id;
    }

    @Transactional
    public void update(long id, IndicatorInput body) {
        Indicator i = Indicator.<Indicator>findByIdOptional(id).orElseThrow(() -> Problems.notFound("indicator", id));
        checkCode(body);
        if (body.version() == null) {
            throw Problems.badRequest("version", Detail.of("ap.version.required", "version is required on update"));
        }
        if (i.version != body.version()) {
            throw Problems.staleVersion("indicator " + id, body.version(), i.version);
        }
        apply(i, body);
        Indicator.flush();
    }

    private static void checkCode(IndicatorInput body) {
        if (!body.code().matches(IndicatorInput.CODE)) {
            throw Problems.badRequest("code", Detail.of("ap.indicator.code-form",
                    "code must look like 21-coal (two digits, a hyphen, then lower-case letters, digits or hyphens)"));
        }
    }

    private static void apply(Indicator i, IndicatorInput b) {
        i.name = b.name();
        i.unit = b.unit();
        i.comparator = b.comparator();
        i.target = b.target();
        i.deadline = b.deadline();
        i.deadlineBasis = b.deadlineBasis();
        i.sourcePhrase = b.sourcePhrase();
        i.figureRule = b.figureRule() == null ? FigureRule.PROVINCE : b.figureRule();
        i.figureRuleBasis = b.figureRuleBasis();
    }
}
