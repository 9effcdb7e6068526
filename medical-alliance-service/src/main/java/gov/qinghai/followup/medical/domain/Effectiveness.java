package gov.qinghai.followup.medical.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 140号 二: "2017年 … 各市州至少建成1个有明显成效的医联体". An alliance can be found 有明显成效 only once it exists: it is
 * ESTABLISHED, its establishment date is known and not later than the finding, and it has the 章程 that 三(二)1
 * requires ("医联体要制定章程,明确医联体组织性质、宗旨、任务、机构成员、管理体系、职责范围、工作规则"). An alliance
 * without a 章程 has not yet done what the notice asks of every alliance, so it cannot count as effective.
 */
public final class Effectiveness {
    private Effectiveness() {
    }

    public record Violation(String field, Detail detail) {
    }

    /** Why {@code effectiveSince} cannot be recorded for this alliance, or empty. A null finding is a withdrawal. */
    public static Optional<Violation> check(LocalDate effectiveSince, AllianceStatus status, LocalDate establishedOn,
                                            List<String> charterMissing) {
        if (effectiveSince == null) {
            return Optional.empty();
        }
        if (status != AllianceStatus.ESTABLISHED) {
            return bad("effectiveSince", Detail.of("med.effectiveness.planned",
                    "a PLANNED alliance cannot be assessed as effective"));
        }
        if (establishedOn == null) {
            return bad("effectiveSince", Detail.of("med.effectiveness.no-establishment", "the establishment date is "
                    + "not recorded; set establishedOn first (an alliance is not effective before it exists)"));
        }
        if (effectiveSince.isBefore(establishedOn)) {
            return bad("effectiveSince", Detail.of("med.effectiveness.before-establishment",
                    "effectiveSince {0} is before the alliance was established ({1})", effectiveSince, establishedOn));
        }
        if (!charterMissing.isEmpty()) {
            return bad("effectiveSince", Detail.of("med.effectiveness.charter", "the 章程 lacks {0} (140号 三(二)1); an "
                    + "alliance without a complete 章程 cannot be found 有明显成效", String.join(", ", charterMissing)));
        }
        return Optional.empty();
    }

    /** Why a new establishment date contradicts a recorded finding, or empty. */
    public static Optional<Violation> checkEstablishment(LocalDate establishedOn, LocalDate effectiveSince) {
        if (effectiveSince != null && (establishedOn == null || establishedOn.isAfter(effectiveSince))) {
            return bad("establishedOn", Detail.of("med.effectiveness.establishment-after", "the alliance was found "
                    + "effective since {0}; its establishment cannot be later or unknown (withdraw the assessment "
                    + "first)", effectiveSince));
        }
        return Optional.empty();
    }

    private static Optional<Violation> bad(String field, Detail detail) {
        return Optional.of(new Violation(field, detail));
    }
}
