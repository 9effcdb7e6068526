package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.medical.domain.Alliance;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may set which field of an alliance. The lead institution keeps its alliance's 章程 (140号 三(二)1 "医联体要
 * 制定章程") and its members; everything that feeds the province's verdicts of 140号 二 and 三(一) — which kind it is,
 * who leads it, where it is, whether it is ESTABLISHED and since when, whether it is a 县乡村一体化 pilot, its name —
 * is registered by the 卫生计生委 (supervisors and admins). A lead's reporter who sends any of those with another
 * value than the stored one gets 403 naming the field; sending them unchanged is fine (a client re-sends what it read).
 */
public final class AllianceFields {
    private AllianceFields() {
    }

    /** The first governed field this input would change, or empty. */
    public static Optional<String> firstGovernedChange(Alliance a, AllianceInput in) {
        if (!Objects.equals(a.name, in.name() == null ? null : in.name().strip())) {
            return Optional.of("name");
        }
        if (a.kind != in.kind()) {
            return Optional.of("kind");
        }
        if (!Objects.equals(blankToNull(a.specialty), blankToNull(in.specialty()))) {
            return Optional.of("specialty");
        }
        if (!Objects.equals(a.leadInstitutionId, in.leadInstitutionId())) {
            return Optional.of("leadInstitutionId");
        }
        if (!Objects.equals(a.countyId, in.countyId())) {
            return Optional.of("countyId");
        }
        // A county implies its 市州, so a client may leave prefectureId out when it sends the (unchanged) county.
        boolean prefectureImplied = in.prefectureId() == null && in.countyId() != null;
        if (!prefectureImplied && !Objects.equals(a.prefectureId, in.prefectureId())) {
            return Optional.of("prefectureId");
        }
        if (a.status != in.status()) {
            return Optional.of("status");
        }
        if (!Objects.equals(a.establishedOn, in.establishedOn())) {
            return Optional.of("establishedOn");
        }
        if (a.countyPilot != in.countyPilot()) {
            return Optional.of("countyPilot");
        }
        return Optional.empty();
    }

    public static HttpProblem forbidden(String field) {
        HttpProblem.Builder b = HttpProblem.builder()
                .withType(URI.create(Problems.BASE + "forbidden-field"))
                .withTitle("Forbidden")
                .withStatus(403)
                .with("field", field);
        return Problems.withDetail(b, Detail.of("med.alliance.governed-field", "'{0}' of an alliance is set by the "
                + "卫生计生委 (supervisor or admin); the lead institution's reporter may change the 章程 and the members "
                + "only", field)).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
