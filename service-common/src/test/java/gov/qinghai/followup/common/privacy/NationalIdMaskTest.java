package gov.qinghai.followup.common.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.InstanceUtils;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import java.util.List;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

/**
 * No national ID number in logs for numbers a caller puts in a URL: what counts as a 居民身份证号码
 * (GB 11643-1999, 17 digits and a check digit or X) and how it is masked in text, problem answers and log records.
 */
class NationalIdMaskTest {
    private static final String ID = "110101199003074512";
    private static final String MASKED = "110101************";

    @Test
    void anIdNumberKeepsItsFirstSixDigitsAndTheRestIsMasked() {
        assertEquals(MASKED, NationalIdMask.mask(ID));
        assertEquals("/api/v1/referrals/" + MASKED + "/history", NationalIdMask.mask("/api/v1/referrals/" + ID + "/history"));
        assertEquals("referral " + MASKED + " does not exist", NationalIdMask.mask("referral " + ID + " does not exist"));
    }

    @Test
    void aCheckCharacterXInEitherCaseIsPartOfTheNumber() {
        assertEquals("632725************", NationalIdMask.mask("63272519900307451X"));
        assertEquals("p632725************-q", NationalIdMask.mask("p63272519900307451x-q"));
    }

    @Test
    void longerDigitRunsAndSeventeenDigitsAreMaskedTooSinceTheyHoldAnIdNumber() {
        assertEquals("110101*************", NationalIdMask.mask(ID + "7"));
        assertEquals("110101***********", NationalIdMask.mask(ID.substring(0, 17)));
        assertEquals("a=" + MASKED + "&b=632725************", NationalIdMask.mask("a=" + ID + "&b=63272519900307451X"));
    }

    @Test
    void shorterNumbersAndTextWithoutNumbersAreLeftAlone() {
        String s = "referral 1234567890123456 does not exist; 2017-10-05, 15 位 123456789012345";
        assertSame(s, NationalIdMask.mask(s));
        assertSame("", NationalIdMask.mask(""));
        assertNull(NationalIdMask.mask(null));
        assertFalse(NationalIdMask.containsIdLike(s));
        assertTrue(NationalIdMask.containsIdLike("x" + ID));
    }

    @Test
    void aProblemIsMaskedInEveryMemberAndGetsAMaskedInstanceFromThePath() {
        HttpProblem p = HttpProblem.builder().withTitle("Not Found").withStatus(404)
                .withDetail("referral " + ID + " does not exist").with("field", "counts." + ID)
                .with("values", List.of("ok", ID)).withHeader("Retry-After", 1).build();

        ProblemContext request = ProblemContext.of(null, "/api/v1/referrals/" + ID);
        HttpProblem m = new NationalIdProblemMasking().apply(p, request);
        HttpProblem withInstance = HttpProblem.builder(m).withInstance(InstanceUtils.pathToInstance(request.path)).build();

        assertEquals("referral " + MASKED + " does not exist", m.getDetail());
        assertEquals("/api/v1/referrals/" + MASKED, InstanceUtils.instanceToPath(
                new NationalIdProblemMasking.DefaultInstance().apply(withInstance, request).getInstance()));
        assertEquals("counts." + MASKED, m.getParameters().get("field"));
        assertEquals(List.of("ok", MASKED), m.getParameters().get("values"));
        assertEquals(1, m.getHeaders().get("Retry-After"));
        assertTrue(new NationalIdProblemMasking().priority() > 101, "before resteasy-problem's http-problem logger");
        assertTrue(new NationalIdProblemMasking.DefaultInstance().priority() < 99, "after its defaults provider");
    }

    @Test
    void aLogRecordIsMaskedInItsFormattedMessageAndInItsExceptionChain() {
        ExtLogRecord r = new ExtLogRecord(Level.SEVERE, "HTTP Request to %s failed", ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        r.setParameters(new Object[] {"/api/v1/referrals/" + ID});
        r.setThrown(new IllegalStateException("wrapped", new NumberFormatException("For input string: \"" + ID + "\"")));

        assertTrue(new NationalIdLogFilter().isLoggable(r), "the record is rewritten, never dropped");

        String printed = new PatternFormatter("%s%e").format(r);
        assertFalse(printed.contains(ID.substring(0, 17)), printed);
        assertTrue(printed.startsWith("HTTP Request to /api/v1/referrals/" + MASKED + " failed"), printed);
        assertTrue(printed.contains("java.lang.IllegalStateException: wrapped"), printed);
        assertTrue(printed.contains("Caused by: java.lang.NumberFormatException: For input string: \"" + MASKED + "\""),
                printed);
        assertTrue(printed.contains("at "), "the stack frames stay: " + printed);
    }

    @Test
    void aLogRecordWithoutIdNumbersIsLeftAsItIs() {
        ExtLogRecord r = new ExtLogRecord(Level.INFO, "status=%d", ExtLogRecord.FormatStyle.PRINTF, getClass().getName());
        r.setParameters(new Object[] {404});
        Throwable t = new IllegalStateException("no number here");
        r.setThrown(t);
        assertTrue(new NationalIdLogFilter().isLoggable(r));
        assertEquals("status=%d", r.getMessage());
        assertSame(t, r.getThrown());
    }
}
