package gov.qinghai.followup.common.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Everything the running service logs while open, formatted as the console would print it (message with its
 * parameters, then the exception with every cause and stack frame), so a test can prove what never reaches a log.
 * The console handler's filters (quarkus.log.console.filter, e.g. the national ID mask) are applied as the console
 * applies them.
 */
public final class LogCapture implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler;

    private LogCapture() {
        PatternFormatter format = new PatternFormatter("%p [%c] %s%e");
        List<Filter> console = new ArrayList<>();
        consoleFilters(Logger.getLogger("").getHandlers(), console);
        handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                for (Filter f : console) {
                    if (!f.isLoggable(r)) {
                        return;
                    }
                }
                lines.add(format.format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(handler);
    }

    private static void consoleFilters(Handler[] handlers, List<Filter> out) {
        for (Handler h : handlers) {
            if (h instanceof ConsoleHandler && h.getFilter() != null) {
                out.add(h.getFilter());
            }
            if (h instanceof ExtHandler nested) {
                consoleFilters(nested.getHandlers(), out);
            }
        }
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
