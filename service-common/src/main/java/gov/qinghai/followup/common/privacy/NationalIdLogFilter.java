package gov.qinghai.followup.common.privacy;

import io.quarkus.logging.LoggingFilter;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks ID-like numbers ({@link NationalIdMask}) and escapes control characters ({@link ControlChars}: a value with
 * CR/LF cannot forge a line, NUL never reaches the log) in every log record the console prints, whoever logs it: Quarkus'
 * own lines (an unhandled error's "HTTP Request to /api/v1/… failed", the HTTP access log when
 * {@code quarkus.http.access-log.enabled} is set), libraries, the services, and the messages of a logged
 * exception and its causes. Installed on the console handler by {@code quarkus.log.console.filter} (service-common
 * META-INF/microprofile-config.properties); a file or syslog handler needs the same setting. Never drops a record:
 * it rewrites it and lets it through.
 */
@LoggingFilter(name = NationalIdLogFilter.NAME)
public final class NationalIdLogFilter implements Filter {
    public static final String NAME = "national-id-mask";
    private static final SimpleFormatter PLAIN = new SimpleFormatter();

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : PLAIN.formatMessage(record);
        String safe = ControlChars.safe(message);
        if (safe != message) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(safe, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(safe);
            }
            record.setParameters(null);
        }
        if (record.getThrown() != null && mentionsIdLike(record.getThrown(), new IdentityHashMap<>())) {
            record.setThrown(masked(record.getThrown(), new IdentityHashMap<>()));
        }
        return true;
    }

    private static boolean mentionsIdLike(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        String text = t.toString();
        if (NationalIdMask.containsIdLike(text) || ControlChars.contains(text) || mentionsIdLike(t.getCause(), seen)) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (mentionsIdLike(s, seen)) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the exception chain whose texts are masked, with the original classes' names and stack frames. */
    private static Throwable masked(Throwable t, Map<Throwable, Throwable> done) {
        Throwable copy = done.get(t);
        if (copy != null) {
            return copy;
        }
        Masked m = new Masked(ControlChars.safe(t.toString()), ControlChars.safe(t.getMessage()));
        done.put(t, m);
        m.setStackTrace(t.getStackTrace());
        if (t.getCause() != null) {
            m.initCause(masked(t.getCause(), done));
        }
        for (Throwable s : t.getSuppressed()) {
            m.addSuppressed(masked(s, done));
        }
        return m;
    }

    /** Prints as the original ("ClassName: message") with the message masked. */
    static final class Masked extends RuntimeException {
        private final String text;

        Masked(String text, String message) {
            super(message);
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
