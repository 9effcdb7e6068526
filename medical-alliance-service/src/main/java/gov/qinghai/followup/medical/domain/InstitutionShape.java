package gov.qinghai.followup.medical.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.util.Optional;

/**
 * The fields of an institution must agree, because 140号's coverage targets count institutions by them: 二 counts
 * 政府办基层医疗卫生机构 (乡镇卫生院, 社区卫生服务中心) and 三(一)5 "44个县级医疗机构" and "405个乡镇卫生院", each by kind
 * and tier. A TERTIARY village clinic at township tier would be counted in the wrong place.
 */
public final class InstitutionShape {
    private InstitutionShape() {
    }

    public record Violation(String field, Detail detail) {
    }

    public static Optional<Violation> check(InstitutionKind kind, Tier tier, Level level, Long countyId) {
        switch (kind) {
            case VILLAGE_CLINIC:
                if (tier != Tier.VILLAGE) {
                    return bad("tier", Detail.of("med.institution.village-tier", "a 村卫生室 is at VILLAGE tier"));
                }
                break;
            case TOWNSHIP_HEALTH_CENTRE, COMMUNITY_HEALTH_CENTRE:
                // 乡镇卫生院 and (街道) 社区卫生服务中心 are the township-level 基层 institutions of 140号 二
                if (tier != Tier.TOWNSHIP) {
                    return bad("tier", Detail.of("med.institution.township-tier", "a {0} is at TOWNSHIP tier",
                            kind == InstitutionKind.TOWNSHIP_HEALTH_CENTRE ? "乡镇卫生院" : "社区卫生服务中心"));
                }
                break;
            default:
                if (tier == Tier.VILLAGE || tier == Tier.TOWNSHIP) {
                    return bad("kind", Detail.of("med.institution.primary-kind",
                            "at {0} tier an institution is a 村卫生室, 乡镇卫生院 or 社区卫生服务中心, not {1}", tier, kind));
                }
        }
        boolean primaryCare = kind == InstitutionKind.VILLAGE_CLINIC || kind == InstitutionKind.TOWNSHIP_HEALTH_CENTRE
                || kind == InstitutionKind.COMMUNITY_HEALTH_CENTRE;
        if (primaryCare && level != Level.PRIMARY) {
            return bad("level", Detail.of("med.institution.primary-level", "a 基层医疗卫生机构 ({0}) is PRIMARY, not {1}",
                    kind, level));
        }
        if ((tier == Tier.COUNTY || tier == Tier.TOWNSHIP || tier == Tier.VILLAGE) && countyId == null) {
            return bad("countyId", Detail.of("med.institution.county-required",
                    "an institution at {0} tier belongs to a county (140号 三(一)4–5 count them by county)", tier));
        }
        return Optional.empty();
    }

    private static Optional<Violation> bad(String field, Detail detail) {
        return Optional.of(new Violation(field, detail));
    }
}
