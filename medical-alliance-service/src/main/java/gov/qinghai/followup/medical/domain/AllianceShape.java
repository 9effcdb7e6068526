package gov.qinghai.followup.medical.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.util.Optional;

/**
 * Which scope and lead each kind of alliance needs, as 140号 三(一) describes them. Returns the name of the
 * offending field and why, or empty when the shape fits.
 */
public final class AllianceShape {
    private AllianceShape() {
    }

    public record Violation(String field, Detail detail) {
    }

    public static Optional<Violation> check(AllianceKind kind, Institution lead, Long prefectureId, Long countyId,
                                            boolean countyPilot) {
        switch (kind) {
            case PREFECTURE_GROUP:
                // 三(一)3: "由市级医院牵头,联合县区级医院以及基层医疗卫生服务机构"
                if (prefectureId == null) {
                    return bad("prefectureId", Detail.of("med.alliance.prefecture-group-prefecture",
                            "a 市州医疗集团/医联体 belongs to one 市州 (140号 三(一)3)"));
                }
                if (lead != null && lead.tier != Tier.PREFECTURE) {
                    return bad("leadInstitutionId", Detail.of("med.alliance.prefecture-group-lead",
                            "a 市州医疗集团 is led by a 市级医院 (140号 三(一)3)"));
                }
                break;
            case COUNTY_COMMUNITY:
                // 三(一)4: "以县级公立医院为龙头,带动县域内3—4个乡镇卫生院及所属村卫生室"
                if (countyId == null) {
                    return bad("countyId", Detail.of("med.alliance.county-community-county",
                            "a 县域医疗共同体 belongs to one county (140号 三(一)4)"));
                }
                if (lead != null && (lead.tier != Tier.COUNTY || lead.ownership != Ownership.PUBLIC)) {
                    return bad("leadInstitutionId", Detail.of("med.alliance.county-community-lead",
                            "a 县域医共体 is led by a 县级公立医院 (140号 三(一)4)"));
                }
                break;
            default:
                if (countyPilot) {
                    return bad("countyPilot", Detail.of("med.alliance.pilot-kind",
                            "only a 县域医疗共同体 can be a 县乡村一体化 pilot (140号 三(一)4)"));
                }
        }
        return Optional.empty();
    }

    /**
     * 三(一)4: "以县级公立医院为龙头,带动县域内3—4个乡镇卫生院" — a 县域医共体 is led by that county's own hospital (a
     * 德令哈 hospital cannot lead a 格尔木 医共体).
     */
    public static Optional<Violation> checkLeadCounty(AllianceKind kind, Institution lead, Long countyId) {
        if (kind == AllianceKind.COUNTY_COMMUNITY && lead != null && !java.util.Objects.equals(lead.countyId, countyId)) {
            return bad("leadInstitutionId", Detail.of("med.alliance.lead-county",
                    "a 县域医共体 is led by a hospital of its own county (140号 三(一)4 县域内); {0} is not in county {1}",
                    lead.name, countyId));
        }
        return Optional.empty();
    }

    /** 三(一)4 "县域内": a 县域医共体's members are institutions of that county. */
    public static Optional<Violation> checkMember(AllianceKind kind, Long allianceCountyId, Institution member) {
        if (kind == AllianceKind.COUNTY_COMMUNITY && !java.util.Objects.equals(member.countyId, allianceCountyId)) {
            return bad("institutionId", Detail.of("med.alliance.member-county",
                    "a 县域医共体 joins institutions of its own county (140号 三(一)4 县域内); {0} is not in county {1}",
                    member.name, allianceCountyId));
        }
        return Optional.empty();
    }

    private static Optional<Violation> bad(String field, Detail detail) {
        return Optional.of(new Violation(field, detail));
    }
}
