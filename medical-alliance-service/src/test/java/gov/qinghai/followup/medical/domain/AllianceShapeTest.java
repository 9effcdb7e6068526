package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AllianceShapeTest {

    private static Institution institution(Tier tier, Ownership ownership) {
        Institution i = new Institution();
        i.tier = tier;
        i.ownership = ownership;
        return i;
    }

    @Test
    void prefectureGroupNeedsAPrefectureAndACityHospitalLead() {
        // 140号 三(一)3: "由市级医院牵头"
        assertEquals("prefectureId", AllianceShape.check(AllianceKind.PREFECTURE_GROUP, null, null, null, false)
                .orElseThrow().field());
        assertEquals("leadInstitutionId", AllianceShape.check(AllianceKind.PREFECTURE_GROUP,
                institution(Tier.COUNTY, Ownership.PUBLIC), 1L, null, false).orElseThrow().field());
        assertTrue(AllianceShape.check(AllianceKind.PREFECTURE_GROUP, institution(Tier.PREFECTURE, Ownership.PUBLIC),
                1L, null, false).isEmpty());
    }

    @Test
    void countyCommunityIsLedByAPublicCountyHospital() {
        // 140号 三(一)4: "以县级公立医院为龙头"
        assertEquals("leadInstitutionId", AllianceShape.check(AllianceKind.COUNTY_COMMUNITY,
                institution(Tier.COUNTY, Ownership.PRIVATE), 5L, 501L, true).orElseThrow().field());
        assertTrue(AllianceShape.check(AllianceKind.COUNTY_COMMUNITY, institution(Tier.COUNTY, Ownership.PUBLIC),
                5L, 501L, true).isEmpty());
    }

    @Test
    void onlyCountyCommunitiesArePilots() {
        assertEquals("countyPilot", AllianceShape.check(AllianceKind.SPECIALTY, null, null, null, true)
                .orElseThrow().field());
    }
}
