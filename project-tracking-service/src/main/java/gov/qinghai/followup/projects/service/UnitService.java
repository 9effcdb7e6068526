package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.ResponsibleUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An admin adds and corrects 责任单位 (audited by Envers on the entity); one transaction per change. */
@ApplicationScoped
public class UnitService {

    @Transactional
    public ResponsibleUnit create(UnitCreate body) {
        String name = body.name().trim();
        if (ResponsibleUnit.count("name", name) > 0) {
            throw Problems.conflict("unit '" + name + "' exists already");
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

    public static ResponsibleUnit find(long id) {
        return ResponsibleUnit.<ResponsibleUnit>findByIdOptional(id).orElseThrow(() -> Problems.notFound("unit", id));
    }
}
