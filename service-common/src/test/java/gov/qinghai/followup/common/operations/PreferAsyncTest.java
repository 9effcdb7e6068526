package gov.qinghai.followup.common.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** RFC 7240: "Prefer: respond-async" among other preferences asks for 202 + operation. */
class PreferAsyncTest {
    @Test
    void respondAsyncIsFoundAmongOtherPreferencesWhateverItsCase() {
        assertTrue(Operations.prefersAsync("respond-async"));
        assertTrue(Operations.prefersAsync("return=minimal, Respond-Async"));
        assertTrue(Operations.prefersAsync("respond-async; wait=10"));
    }

    @Test
    void noOrAnotherPreferenceAnswersAtOnce() {
        assertFalse(Operations.prefersAsync(null));
        assertFalse(Operations.prefersAsync(""));
        assertFalse(Operations.prefersAsync("return=representation"));
        assertFalse(Operations.prefersAsync("respond-asynchronously"));
    }

    @Test
    void acceptedPointsAtTheStatusResource() {
        UUID id = UUID.randomUUID();
        try (Response r = Operations.accepted(new OperationView(id, "k", "queued",
                new OperationView.Progress(0, null, "rows"), "admin", null, null, null, null, null))) {
            assertEquals(202, r.getStatus());
            assertEquals("/api/v1/operations/" + id, r.getLocation().toString());
        }
    }
}
