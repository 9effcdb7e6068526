package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.medical.config.PatientRefConfig;
import gov.qinghai.followup.medical.domain.NationalId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a national ID into the pseudonymous patient reference HMAC-SHA256(secret, ID) in hex. The same person
 * gets the same reference across institutions, and without the secret the ID cannot be recovered by trying
 * the (small) space of valid ID numbers. The ID is never stored, logged or returned.
 */
@ApplicationScoped
public class PatientRefs {
    @Inject
    PatientRefConfig config;

    public String of(String nationalId, String field) {
        if (!NationalId.valid(nationalId)) {
            // Never echo the value: it may be a real, slightly mistyped ID.
            throw Problems.unprocessable(field, Detail.of("med.patient.national-id", "{0} is not a valid 18-character "
                    + "居民身份证号码 (check character included); the value is not repeated here", field));
        }
        return keyedHash(NationalId.normalise(nationalId));
    }

    /** HMAC-SHA256 with the configured secret, hex. */
    private String keyedHash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
