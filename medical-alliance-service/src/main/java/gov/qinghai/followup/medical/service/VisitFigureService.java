package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.medical.domain.Prefecture;
import gov.qinghai.followup.medical.domain.VisitFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;

/** Monthly 诊疗人次 of a 市州 (140号 四(四)); its health bureau's reporter writes only its own 市州's. */
@ApplicationScoped
public class VisitFigureService {
    @Inject
    Clock clock;
    @Inject
    CurrentUser user;

    /** Records the month, or corrects it when the version of the recorded one is sent. */
    @Transactional
    public VisitFigure report(VisitFigureInput in) {
        Prefecture p = Prefecture.<Prefecture>findByIdOptional(in.prefectureId())
                .orElseThrow(() -> Problems.unprocessable("prefectureId", Detail.of("med.prefecture.unknown",
                        "市州 {0} does not exist", in.prefectureId())));
        user.requireUnit(p.healthBureau);
        // A month's visits are known once the month has ended: the current month and later ones are refused.
        if (!YearMonth.parse(in.period()).isBefore(YearMonth.now(clock))) {
            throw Problems.unprocessable("period", Detail.of("med.period.not-ended",
                    "period {0} has not ended", in.period()));
        }
        if (in.primaryVisits() > in.totalVisits()) {
            throw Problems.unprocessable("primaryVisits", Detail.of("med.visits.primary-over-total",
                    "more visits at 基层 institutions than in all institutions"));
        }
        VisitFigure f = VisitFigure.of(p.id, in.period()).orElse(null);
        if (f == null) {
            f = new VisitFigure();
            f.prefectureId = p.id;
            f.period = in.period();
        } else if (in.version() == null) {
            throw Problems.conflict(Detail.of("med.figure.exists-version",
                    "{0} already reported {1} (version {2}); send that version to correct it", p.name, in.period(),
                    f.version));
        } else if (in.version() != f.version) {
            throw Problems.staleVersion("visit figure " + p.name + " " + in.period(), in.version(), f.version);
        }
        f.totalVisits = in.totalVisits();
        f.primaryVisits = in.primaryVisits();
        f.reportedBy = user.name();
        f.persist();
        VisitFigure.flush();
        return f;
    }
}
