package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.ResponsibleUnit;
import gov.qinghai.followup.projects.domain.UnitKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An admin adds and corrects 责任单位 (audited by Envers on the entity); one transaction per change. */
@ApplicationScoped
public class UnitService {

    @Transactional
    public ResponsibleUnit create(UnitCreate body) {
        String name = body.name().trim();
        if (ResponsibleUnit.count("name", name) > 0) {
            throw Problems.conflict(Detail.of("pt.unit.exists", "unit '{0}' exists already", name));
        }
        ResponsibleUnit unit = new ResponsibleUnit();
        unit.name = name;
        unit.kind = body.kind();
        unit.prefecture = body.prefecture();
        unit.park = body.park();
        unit.contactEmail = body.contactEmail();
        unit.contactWebhook = body.contactWebhook();
        unit.persist();
        ResponsibleUnit.flush();
        return unit;
    }

    /** Send the version you read: a stale one is 409. */
    @Transactional
    public ResponsibleUnit update(long id, UnitUpdate body) {
        ResponsibleUnit unit = find(id);
        if (unit.version != body.version()) {
            throw Problems.staleVersion("unit " + id, body.version(), unit.version);
        }
        unit.kind = body.kind();
        unit.prefecture = body.prefecture();
        unit.park = body.park();
        unit.contactEmail = body.contactEmail();
        unit.contactWebhook = body.contactWebhook();
        ResponsibleUnit.flush();
        return unit;
    }

    /** The units of a kind and 市州 (either may be null), by id, as a query the caller pages. */
    public PanacheQuery<ResponsibleUnit> list(UnitKind kind, String prefecture) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (prefecture != null) {
            q.append(" and prefecture = :prefecture");
            p.and("prefecture", prefecture);
        }
        return ResponsibleUnit.find(q.toString(), Sort.by("id"), p.map());
    }

    public static ResponsibleUnit find(long id) {
        return ResponsibleUnit.<ResponsibleUnit>findByIdOptional(id).orElseThrow(() -> Problems.notFound("unit", id));
    }
}
