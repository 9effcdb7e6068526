package gov.qinghai.followup.medical.config;

import io.smallrye.config.ConfigMapping;

/** The secret that keys patient pseudonyms; set PATIENT_REF_SECRET in every real deployment. */
@ConfigMapping(prefix = "medical.patient-ref")
public interface PatientRefConfig {
    String secret();
}
