package gov.qinghai.followup.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 137号 第五条 分级负责: which office's round may assess which subject. */
class AssessingOfficeTest {

    @Test
    void theProvincialRoundTakesPrefectureGovernmentsAndProvincialDepartmentsOnly() {
        // 第五条 第一款
        assertNull(AssessingOffice.refusal(null, SubjectKind.PREFECTURE_GOVERNMENT, "海东市"));
        assertNull(AssessingOffice.refusal(null, SubjectKind.PROVINCIAL_DEPARTMENT, null));
        assertNotNull(AssessingOffice.refusal(null, SubjectKind.COUNTY_GOVERNMENT, "海东市"));
    }

    @Test
    void aPrefectureRoundTakesItsOwnDepartmentsAndCountiesOnly() {
        // 第五条 第二款 对本级政府各部门和下一级政府（含街道办事处）进行考核
        assertNull(AssessingOffice.refusal("海东市", SubjectKind.PREFECTURE_DEPARTMENT, "海东市"));
        assertNull(AssessingOffice.refusal("海东市", SubjectKind.COUNTY_GOVERNMENT, "海东市"));
        assertTrue(AssessingOffice.refusal("海东市", SubjectKind.COUNTY_GOVERNMENT, "西宁市").english().contains("西宁市"));
        assertNotNull(AssessingOffice.refusal("海东市", SubjectKind.PREFECTURE_GOVERNMENT, "海东市"));
        assertNotNull(AssessingOffice.refusal("海东市", SubjectKind.PUBLIC_ENTERPRISE, "海东市"));
    }

    @Test
    void aCallerActsForTheOfficeOfItsPrefecture() {
        assertEquals("海东市", AssessingOffice.ofUnit("海东市"));
        assertNull(AssessingOffice.ofUnit("省卫生计生委"));
        assertNull(AssessingOffice.ofUnit(null));
        assertEquals("海东市政务公开领导小组办公室", AssessingOffice.name("海东市"));
    }
}
