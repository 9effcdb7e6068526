package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.medical.domain.ContractingFigures;
import gov.qinghai.followup.medical.domain.FamilyDoctorFigure;
import gov.qinghai.followup.medical.domain.Prefecture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Monthly contracting figures; a 市州 health bureau's reporter writes only its own 市州's. */
@ApplicationScoped
public class FamilyDoctorService {
    @Inject
    java.time.Clock clock;
    @Inject
    CurrentUser user;

    @Transactional
    public FamilyDoctorFigure create(FigureInput in) {
        Prefecture p = prefecture(in.prefectureId());
        user.requireUnit(p.healthBureau);
        if (FamilyDoctorFigure.count("prefectureId = ?1 and period = ?2", p.id, in.period()) > 0) {
            throw Problems.conflict(Detail.of("med.family-doctor.exists",
                    "{0} already reported {1}; update that figure "
                    + "instead", p.name, in.period()));
        }
        FamilyDoctorFigure f = new FamilyDoctorFigure();
        f.prefectureId = p.id;
        f.period = in.period();
        apply(f, in);
        f.persist();
        return f;
    }

    @Transactional
    public FamilyDoctorFigure update(long id, FigureInput in) {
        FamilyDoctorFigure f = FamilyDoctorFigure.<FamilyDoctorFigure>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("family-doctor figure", id));
        Prefecture p = prefecture(f.prefectureId);
        user.requireUnit(p.healthBureau);
        if (!f.prefectureId.equals(in.prefectureId()) || !f.period.equals(in.period())) {
            throw Problems.unprocessable("period", Detail.of("med.family-doctor.fixed",
                    "市州 and period of a figure cannot change"));
        }
        if (in.version() == null) {
            throw Problems.badRequest("version", Detail.of("med.version.required", "version is required on update"));
        }
        if (in.version() != f.version) {
            throw Problems.staleVersion("family-doctor figure " + id, in.version(), f.version);
        }
        apply(f, in);
        FamilyDoctorFigure.flush();
        return f;
    }

    private void apply(FamilyDoctorFigure f, FigureInput in) {
        // A month's figure counts contracts made in that month: a month that has not begun has none yet.
        java.time.YearMonth period = java.time.YearMonth.parse(in.period());
        java.time.YearMonth now = java.time.YearMonth.now(clock);
        if (period.isAfter(now)) {
            throw Problems.unprocessable("period", Detail.of("med.period.not-begun-now",
                    "period {0} has not begun (this month is {1})", in.period(), now));
        }
        ContractingFigures.check(in.population(), in.contracted(), in.keyPopulation(), in.contractedKey())
                .ifPresent(v -> {
                    throw Problems.unprocessable(v.field(), v.detail());
                });
        f.population = in.population();
        f.contracted = in.contracted();
        f.keyPopulation = in.keyPopulation();
        f.contractedKey = in.contractedKey();
        f.reportedBy = user.name();
    }

    private static Prefecture prefecture(long id) {
        return Prefecture.<Prefecture>findByIdOptional(id)
                .orElseThrow(() -> Problems.unprocessable("prefectureId", Detail.of("med.prefecture.unknown",
                        "市州 {0} does not exist", id)));
    }
}
