package gov.qinghai.followup.common.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class ControlCharsTest {

    @Test
    void escapesCrLfNulAndEveryOtherC0AndC1Character() {
        assertEquals("a\\r\\nb\\u0000c\\u001bd\\u007fe\\u0085f\\tg", ControlChars.escape("a\r\nb\u0000c\u001bd\u007fe\u0085f\tg"));
    }

    @Test
    void leavesTextWithoutControlCharactersUntouched() {
        String s = "西宁市政府 2017-Q3 \\n";
        assertSame(s, ControlChars.escape(s));
    }

    @Test
    void aLoggedValueWithALineBreakCannotForgeALine() {
        ExtLogRecord r = new ExtLogRecord(Level.INFO, "period {0} not found", ExtLogRecord.FormatStyle.MESSAGE_FORMAT,
                ControlCharsTest.class.getName());
        r.setParameters(new Object[] {"2017-08\n12:00:00 INFO  [g.q.f.a.AdminResource] admin granted\u0000"});
        new NationalIdLogFilter().isLoggable(r);
        String line = r.getFormattedMessage();
        assertFalse(line.contains("\n") || line.contains("\u0000"), line);
        assertEquals("period 2017-08\\n12:00:00 INFO  [g.q.f.a.AdminResource] admin granted\\u0000 not found", line);
    }

    @Test
    void aLoggedExceptionMessageWithALineBreakIsEscaped() {
        LogRecord r = new LogRecord(Level.WARNING, "failed");
        r.setThrown(new IllegalArgumentException("bad value x\r\nERROR forged"));
        new NationalIdLogFilter().isLoggable(r);
        assertEquals("java.lang.IllegalArgumentException: bad value x\\r\\nERROR forged", r.getThrown().toString());
    }
}
