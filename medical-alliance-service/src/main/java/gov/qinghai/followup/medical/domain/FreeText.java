package gov.qinghai.followup.medical.domain;

import gov.qinghai.followup.common.privacy.NationalIdMask;
import gov.qinghai.followup.common.problem.Detail;
import java.util.Optional;

/**
 * Free text (a referral's reason, the closed-loop feedback, a 章程 item, a condition) must not carry a
 * 居民身份证号码: the service keeps patients only as pseudonymous references (HMAC of the ID), and a number typed into
 * a note would be stored in clear, returned to every reader and copied into the audit tables for good.
 *
 * <p>Such text is refused (422 naming the field), not masked: masking would store something other than what the
 * user wrote without telling them, and a 17-digit run that is not an ID (an EMR number) would be silently changed.
 * What counts as ID-shaped is {@link NationalIdMask}'s rule (17 or more digits, optionally an X), the same one the
 * logs use.
 */
public final class FreeText {
    private FreeText() {
    }

    /** Why this text may not be stored, or empty. The value itself is never repeated. */
    public static Optional<Detail> violation(String field, String text) {
        if (NationalIdMask.containsIdLike(text)) {
            return Optional.of(Detail.of("med.free-text.national-id", "{0} contains something shaped like a "
                    + "居民身份证号码 (17 or more digits); patients are identified only by patientRef, so write the text "
                    + "without the number (not repeated here)", field));
        }
        return Optional.empty();
    }
}
