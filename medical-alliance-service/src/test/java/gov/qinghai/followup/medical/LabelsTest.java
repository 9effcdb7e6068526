package gov.qinghai.followup.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.labels.LabelCoverage;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.medical.domain.AllianceKind;
import gov.qinghai.followup.medical.domain.AllianceStatus;
import gov.qinghai.followup.medical.domain.InstitutionKind;
import gov.qinghai.followup.medical.domain.Level;
import gov.qinghai.followup.medical.domain.MemberRole;
import gov.qinghai.followup.medical.domain.PopulationGroup;
import gov.qinghai.followup.medical.domain.RearrangementStatus;
import gov.qinghai.followup.medical.domain.Ownership;
import gov.qinghai.followup.medical.domain.Referral;
import gov.qinghai.followup.medical.domain.ReferralAction;
import gov.qinghai.followup.medical.domain.ReferralStatus;
import gov.qinghai.followup.medical.domain.Tier;
import gov.qinghai.followup.medical.domain.Urgency;
import gov.qinghai.followup.medical.report.CoverageQueries;
import gov.qinghai.followup.medical.report.QuarterlyReport;
import gov.qinghai.followup.medical.report.ReferralStatistics;
import gov.qinghai.followup.medical.report.Verdict;
import org.junit.jupiter.api.Test;

/** Every value and heading of this service that reaches a person has its Chinese label (labels.properties). */
class LabelsTest {
    @Test
    void everyEnumThatReachesAPersonHasAChineseLabel() {
        LabelCoverage.assertEveryConstantLabelled(AllianceKind.class, AllianceStatus.class, InstitutionKind.class,
                Level.class, MemberRole.class, Ownership.class, Tier.class, ReferralStatus.class, ReferralAction.class,
                Referral.Direction.class, Referral.Priority.class, Urgency.class, ReferralStatistics.GroupBy.class,
                CoverageQueries.Category.class, Verdict.class, RearrangementStatus.class,
                PopulationGroup.class);
    }

    @Test
    void everyColumnOfTheQuarterlyExportHasAChineseHeading() {
        assertEquals(QuarterlyReport.COLUMNS.size(), QuarterlyReport.headers().size());
        assertEquals("市州", QuarterlyReport.headers().get(0));
        assertEquals("缺报市州", QuarterlyReport.headers().get(QuarterlyReport.COLUMNS.size() - 1));
    }

    @Test
    void theNoticesOwnWordsLabelTheKeyValues() {
        Labels l = Labels.get();
        assertEquals("县域医共体", l.of(AllianceKind.COUNTY_COMMUNITY));
        assertEquals("下转", l.of(Referral.Direction.DOWN));
        assertEquals("已达标", l.of(Verdict.MET));
        assertEquals("误录作废", l.of(ReferralStatus.ENTERED_IN_ERROR));
    }
}
