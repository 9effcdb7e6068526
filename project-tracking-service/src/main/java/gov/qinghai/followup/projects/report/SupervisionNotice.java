package gov.qinghai.followup.projects.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * 定期通报 (134号 三: 定期通报各地区和园区签约项目开工建设情况): construction-start status per 市州 and per
 * park, and the units whose 开工率 is below the milestone target, the furthest behind first.
 */
@ApplicationScoped
public class SupervisionNotice {
    @Inject
    Rates rates;

    public record Notice(long fairId, LocalDate asOf, Rates.Milestone milestone, RateLine overall,
                         List<RateLine> byPrefecture, List<RateLine> byPark, List<RateLine> unitsBehind) {
    }

    public Notice asOf(long fairId, LocalDate asOf) {
        Rates.Milestone m = rates.milestoneFor(fairId, asOf);
        Rates.Result all = rates.asOf(fairId, asOf, Rates.GroupBy.UNIT);
        List<RateLine> behind = all.groups().stream()
                .filter(l -> l.versus() != null && l.versus().constructionStart().gap().signum() < 0)
                .sorted(Comparator.comparing((RateLine l) -> l.versus().constructionStart().gap())
                        .thenComparing(RateLine::key))
                .toList();
        return new Notice(fairId, asOf, m, all.overall(), rates.lines(fairId, asOf, Rates.GroupBy.PREFECTURE, m),
                rates.lines(fairId, asOf, Rates.GroupBy.PARK, m), behind);
    }
}
