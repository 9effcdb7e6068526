package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 140号 二 and 三(一)5 count 基层 institutions, 乡镇卫生院 and 县级医疗机构 by kind and tier: they must agree. */
class InstitutionShapeTest {
    @Test
    void refusesATertiaryVillageClinicAtTownshipTier() {
        assertEquals("tier", InstitutionShape.check(InstitutionKind.VILLAGE_CLINIC, Tier.TOWNSHIP, Level.TERTIARY, 601L)
                .orElseThrow().field());
        assertEquals("level", InstitutionShape.check(InstitutionKind.VILLAGE_CLINIC, Tier.VILLAGE, Level.TERTIARY, 601L)
                .orElseThrow().field());
    }

    @Test
    void refusesAHospitalAtTownshipTierAndACountyInstitutionWithoutCounty() {
        assertEquals("kind", InstitutionShape.check(InstitutionKind.HOSPITAL, Tier.TOWNSHIP, Level.SECONDARY, 601L)
                .orElseThrow().field());
        assertEquals("countyId", InstitutionShape.check(InstitutionKind.HOSPITAL, Tier.COUNTY, Level.SECONDARY, null)
                .orElseThrow().field());
    }

    @Test
    void acceptsTheUsualShapes() {
        assertTrue(InstitutionShape.check(InstitutionKind.TOWNSHIP_HEALTH_CENTRE, Tier.TOWNSHIP, Level.PRIMARY, 802L)
                .isEmpty());
        assertTrue(InstitutionShape.check(InstitutionKind.HOSPITAL, Tier.PROVINCE, Level.TERTIARY, null).isEmpty());
        assertTrue(InstitutionShape.check(InstitutionKind.HOSPITAL, Tier.PREFECTURE, Level.TERTIARY, null).isEmpty());
    }
}
