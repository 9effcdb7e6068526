package gov.qinghai.followup.common.input;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code LocalDate}, {@code YearMonth}, {@code Instant} or {@code OffsetDateTime} query or path parameter of
 * every resource lies in the configured {@link DateWindow}, without each resource saying so: outside it the request
 * is 400 naming the parameter before the resource runs, so no work grows with the value ({@code asOf=9999-12-31}
 * made a status computation walk eight thousand years). A parameter with its own {@link Window} is checked by its
 * constraint instead; a value that is no date at all is left to the framework (400 naming it, see
 * {@code ParameterConversionMapper}).
 */
public class DefaultWindowFilter {
    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(
            LocalDate.class, LocalDate::parse, YearMonth.class, YearMonth::parse,
            Instant.class, Instant::parse, OffsetDateTime.class, OffsetDateTime::parse);
    private static final Set<Class<?>> DATED = PARSERS.keySet();
    private static final Map<Method, List<Dated>> BY_METHOD = new ConcurrentHashMap<>();

    private record Dated(String name, boolean query, Class<?> type) {
    }

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uri) {
        Method m = resource == null ? null : resource.getResourceMethod();
        if (m == null) {
            return;
        }
        List<Dated> dated = BY_METHOD.computeIfAbsent(m, DefaultWindowFilter::dated);
        if (dated.isEmpty()) {
            return;
        }
        DateWindow window = DateWindows.current().window();
        for (Dated d : dated) {
            List<String> values = (d.query ? uri.getQueryParameters(true) : uri.getPathParameters(true)).get(d.name);
            for (String v : values == null ? List.<String>of() : values) {
                if (v == null || v.isEmpty()) {
                    continue;
                }
                Object parsed;
                try {
                    parsed = PARSERS.get(d.type).apply(v);
                } catch (DateTimeParseException e) {
                    continue; // not a value of the type: the framework answers it
                }
                Optional<Detail> why = window.requirement(parsed, Window.Kind.AUTO);
                if (why.isPresent()) {
                    throw Problems.badRequest(d.name, d.query
                            ? Detail.of("detail.parameter", "query parameter '{0}' {1}", d.name, why.get())
                            : Detail.of("detail.path-parameter", "path parameter '{0}' {1}", d.name, why.get()));
                }
            }
        }
    }

    /** The date parameters of a resource method without their own {@link Window}, @BeanParam fields included. */
    static List<Dated> dated(Method m) {
        List<Dated> out = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            collect(p, p.getType(), out, 0);
        }
        return List.copyOf(out);
    }

    private static void collect(AnnotatedElement e, Class<?> type, List<Dated> out, int depth) {
        if (e.isAnnotationPresent(BeanParam.class) && depth < 3) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        collect(f, f.getType(), out, depth + 1);
                    }
                }
            }
            return;
        }
        if (!DATED.contains(type) || e.isAnnotationPresent(Window.class)) {
            return;
        }
        String name = e.isAnnotationPresent(QueryParam.class) ? e.getAnnotation(QueryParam.class).value()
                : e.isAnnotationPresent(RestQuery.class) ? e.getAnnotation(RestQuery.class).value() : null;
        boolean query = name != null;
        if (name == null) {
            name = e.isAnnotationPresent(PathParam.class) ? e.getAnnotation(PathParam.class).value()
                    : e.isAnnotationPresent(RestPath.class) ? e.getAnnotation(RestPath.class).value() : null;
        }
        if (name != null && !name.isEmpty()) {
            out.add(new Dated(name, query, type));
        }
    }
}
