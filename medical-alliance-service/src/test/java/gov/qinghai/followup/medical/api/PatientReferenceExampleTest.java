package gov.qinghai.followup.medical.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.medical.domain.NationalId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class PatientReferenceExampleTest {
    /** Swagger UI sends the example as it stands: it must pass the GB 11643-1999 check character itself. */
    @Test
    void theDocumentedNationalIdExamplePassesItsOwnCheckCharacter() throws NoSuchFieldException {
        String example = PatientResource.Lookup.class.getDeclaredField("nationalId").getAnnotation(Schema.class).example();
        assertTrue(NationalId.valid(example), example);
    }
}
