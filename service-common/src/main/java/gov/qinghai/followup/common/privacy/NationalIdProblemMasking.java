package gov.qinghai.followup.common.privacy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.InstanceUtils;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Masks ID-like numbers ({@link NationalIdMask}) and escapes control characters ({@link ControlChars}) in every
 * problem the resteasy-problem mappers produce, and in those built elsewhere (through
 * {@code common.problem.ProblemResponseFilter}, which calls {@link #clean}): title,
 * detail, instance and the extra members, violations included. Runs before the extension's {@code http-problem}
 * logger (priority 101), so the log line is masked as well; {@link DefaultInstance} masks the instance (the request
 * path) the extension fills in afterwards. Problems written outside the mappers go through
 * {@code common.problem.ProblemResponseFilter}, which masks its instance the same way.
 */
@ApplicationScoped
public class NationalIdProblemMasking implements ProblemPostProcessor {
    /** Before ProblemLogger (101). */
    static final int PRIORITY = 1000;

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        return clean(problem);
    }

    /** The problem with every text made {@link ControlChars#safe}; the same instance when nothing changed. */
    public static HttpProblem clean(HttpProblem problem) {
        if (!needsCleaning(problem)) {
            return problem;
        }
        HttpProblem.Builder b = HttpProblem.builder(problem)
                .withTitle(ControlChars.safe(problem.getTitle()))
                .withDetail(ControlChars.safe(problem.getDetail()));
        if (problem.getInstance() != null) {
            b.withInstance(mask(problem.getInstance()));
        }
        for (Map.Entry<String, Object> p : problem.getParameters().entrySet()) {
            Object masked = mask(p.getValue());
            if (masked != p.getValue()) {
                b.with(p.getKey(), masked);
            }
        }
        return b.build();
    }

    private static boolean needsCleaning(HttpProblem problem) {
        if (ControlChars.safe(problem.getTitle()) != problem.getTitle()
                || ControlChars.safe(problem.getDetail()) != problem.getDetail()
                || problem.getInstance() != null && !mask(problem.getInstance()).equals(problem.getInstance())) {
            return true;
        }
        return problem.getParameters().values().stream().anyMatch(v -> mask(v) != v);
    }

    /** The extension keeps the instance URL-encoded (InstanceUtils) and decodes it when it writes the answer. */
    static URI mask(URI instance) {
        return InstanceUtils.pathToInstance(ControlChars.safe(InstanceUtils.instanceToPath(instance)));
    }

    /** The value with ID-like numbers masked; the same instance when nothing changed. */
    static Object mask(Object value) {
        if (value instanceof String s) {
            return ControlChars.safe(s);
        }
        if (value instanceof Violation v) {
            String field = ControlChars.safe(v.field);
            String message = ControlChars.safe(v.message);
            return field == v.field && message == v.message ? v : new MaskedViolation(field, v.in, message);
        }
        if (value instanceof MaskedViolation v) {
            String field = ControlChars.safe(v.field());
            String message = ControlChars.safe(v.message());
            return field == v.field() && message == v.message() ? v : new MaskedViolation(field, v.in(), message);
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            boolean changed = false;
            for (Object o : c) {
                Object m = mask(o);
                changed |= m != o;
                out.add(m);
            }
            return changed ? out : value;
        }
        return value;
    }

    /**
     * Masks the instance the extension's defaults provider (priority 99) fills in from the request path after the
     * logger has run; the log line has no instance.
     */
    @ApplicationScoped
    public static class DefaultInstance implements ProblemPostProcessor {
        @Override
        public int priority() {
            return 0;
        }

        @Override
        public HttpProblem apply(HttpProblem problem, ProblemContext context) {
            return problem.getInstance() == null ? problem
                    : HttpProblem.builder(problem).withInstance(mask(problem.getInstance())).build();
        }
    }

    /** A violation with masked text, serialised (and logged) like the extension's own {@link Violation}. */
    public record MaskedViolation(String field, String in, String message) {
        @Override
        public String toString() {
            return "Violation{field='" + field + "', in='" + in + "', message='" + message + "'}";
        }
    }
}
