package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.input.LikePattern;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.OwedMonths;
import gov.qinghai.followup.projects.domain.QualityFlag;
import io.quarkus.panache.common.Parameters;

/**
 * Which projects of a fair a list or an export shows; a null filter does not apply. prefecture 省直 stands for the
 * provincial units (no 市州), as the rates label them; started and completed go by a project's latest current report;
 * reportStatus goes with period (a month).
 */
public record ProjectFilter(long fairId, Long unitId, String prefecture, String park, Boolean started,
                            Boolean completed, ReportStatus reportStatus, String period, QualityFlag flag,
                            String fundProvince, String q) {

    /** A project's report for a month: on time, late, or owed and missing. */
    public enum ReportStatus { REPORTED, LATE, MISSING }

    /** The HQL condition on project {@code p} and its parameters. */
    record Where(String condition, Parameters params) {
    }

    /** 400 naming the parameter when reportStatus and period do not come together. */
    Where where() {
        StringBuilder where = new StringBuilder("p.fair.id = :fair");
        Parameters p = Parameters.with("fair", fairId);
        if (unitId != null) {
            where.append(" and p.unit.id = :unit");
            p.and("unit", unitId);
        }
        if ("省直".equals(prefecture)) {
            where.append(" and p.unit.prefecture is null");
        } else if (prefecture != null) {
            where.append(" and p.unit.prefecture = :prefecture");
            p.and("prefecture", prefecture);
        }
        if (park != null) {
            where.append(" and p.unit.park = :park");
            p.and("park", park);
        }
        String latest = "exists (select 1 from ProgressReport lr where lr.project = p and lr.isCurrent = true and lr.%s = true"
                + " and lr.period = (select max(l2.period) from ProgressReport l2 where l2.project = p and l2.isCurrent = true))";
        if (started != null) {
            where.append(started ? " and " : " and not ").append(latest.formatted("constructionStarted"));
        }
        if (completed != null) {
            where.append(completed ? " and " : " and not ").append(latest.formatted("completed"));
        }
        if ((reportStatus == null) != (period == null)) {
            throw Problems.badRequest(reportStatus == null ? "reportStatus" : "period", Detail.of(
                    "pt.filter.status-with-period",
                    "reportStatus and period go together, e.g. reportStatus=MISSING&period=2017-09"));
        }
        if (reportStatus != null) {
            String reported = "exists (select 1 from ProgressReport rs where rs.project = p and rs.isCurrent = true"
                    + " and rs.period = :period%s)";
            where.append(switch (reportStatus) {
                case REPORTED -> " and " + reported.formatted(" and rs.late = false");
                case LATE -> " and " + reported.formatted(" and rs.late = true");
                case MISSING -> " and " + OwedMonths.hql("p", ":period") + " and not " + reported.formatted("");
            });
            p.and("period", period);
        }
        if (flag != null) {
            where.append(" and array_contains(p.qualityFlags, :flag)");
            p.and("flag", flag.name());
        }
        if (fundProvince != null) {
            where.append(" and array_contains(p.fundProvinces, :province)");
            p.and("province", fundProvince);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (p.name like :q escape '!' or p.partyA like :q escape '!' or p.partyB like :q escape '!')");
            p.and("q", LikePattern.containing(q));
        }
        return new Where(where.toString(), p);
    }
}
