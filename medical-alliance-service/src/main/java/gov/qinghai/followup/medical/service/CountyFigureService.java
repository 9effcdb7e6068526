package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.medical.domain.County;
import gov.qinghai.followup.medical.domain.CountyContractFigure;
import gov.qinghai.followup.medical.domain.Prefecture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;

/** County 家庭医生签约 figures by group; the health bureau of the county's 市州 reports them (140号 三(二)3). */
@ApplicationScoped
public class CountyFigureService {
    @Inject
    Clock clock;
    @Inject
    CurrentUser user;

    @Transactional
    public CountyContractFigure report(CountyFigureInput in) {
        County c = County.<County>findByIdOptional(in.countyId())
                .orElseThrow(() -> Problems.unprocessable("countyId", Detail.of("med.county.unknown",
                            "county {0} does not exist", in.countyId())));
        Prefecture p = Prefecture.findById(c.prefectureId);
        user.requireUnit(p.healthBureau);
        // A month's figure counts contracts made by then: a month that has not begun has none yet.
        if (YearMonth.parse(in.period()).isAfter(YearMonth.now(clock))) {
            throw Problems.unprocessable("period", Detail.of("med.period.not-begun",
                    "period {0} has not begun", in.period()));
        }
        if (in.contracted() > in.population()) {
            throw Problems.unprocessable("contracted", Detail.of("med.county-figure.contracted-over-population",
                    "more contracted than the group's population"));
        }
        CountyContractFigure f = CountyContractFigure.of(c.id, in.period(), in.group()).orElse(null);
        if (f == null) {
            f = new CountyContractFigure();
            f.countyId = c.id;
            f.period = in.period();
            f.group = in.group();
        } else if (in.version() == null) {
            throw Problems.conflict(Detail.of("med.county-figure.exists",
                    "{0} already reported {1} for {2} (version {3}); send that version to correct it", c.name,
                    in.group(), in.period(), f.version));
        } else if (in.version() != f.version) {
            throw Problems.staleVersion("county figure " + c.name + " " + in.period() + " " + in.group(), in.version(),
                    f.version);
        }
        f.population = in.population();
        f.contracted = in.contracted();
        f.reportedBy = user.name();
        f.persist();
        CountyContractFigure.flush();
        return f;
    }
}
