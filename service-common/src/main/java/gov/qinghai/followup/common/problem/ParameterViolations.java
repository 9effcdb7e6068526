package gov.qinghai.followup.common.problem;

import gov.qinghai.followup.common.privacy.NationalIdMask;
import gov.qinghai.followup.common.privacy.NationalIdProblemMasking;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Says where a Bean Validation violation of a request parameter is: {@code violations[].in} = {@code query} (or
 * {@code path}, {@code header}, {@code form}) with the parameter's name as the client sends it, instead of
 * {@code body} (bad input names the field). resteasy-problem's ConstraintViolationExceptionMapper only
 * recognises a {@code @QueryParam}/{@code @PathParam}/… directly on the resource method's parameter; a constraint on
 * a field of a {@code @BeanParam} ({@code ?size=0} on {@link gov.qinghai.followup.common.paging.PageQuery}) or on a
 * parameter annotated {@code @RestQuery}/{@code @RestPath} is reported as {@code in: "body"}, with the Java field
 * name. This post-processor walks each violation's property path (method, parameter, then bean-param fields) to the
 * annotated element and rewrites only those violations; body violations and every other problem are left as they are.
 *
 * <p>Runs after {@link NationalIdProblemMasking} (priority 1000), so it sees the masked texts it must match, and
 * before the extension's logger (101), so the log line says {@code query} too.
 */
@ApplicationScoped
public class ParameterViolations implements ProblemPostProcessor {
    static final int PRIORITY = 500;

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!(context.cause instanceof ConstraintViolationException cve) || cve.getConstraintViolations() == null
                || !(problem.getParameters().get("violations") instanceof List<?> violations)) {
            return problem;
        }
        // the extension lists the violations in the order of the exception's set: pair them, and check each pair
        List<ConstraintViolation<?>> cvs = new ArrayList<>(cve.getConstraintViolations());
        if (cvs.size() != violations.size()) {
            return problem;
        }
        List<Object> out = new ArrayList<>(violations.size());
        boolean changed = false;
        for (int i = 0; i < cvs.size(); i++) {
            Object v = violations.get(i);
            Object moved = relocate(v, cvs.get(i));
            changed |= moved != v;
            out.add(moved);
        }
        return changed ? HttpProblem.builder(problem).with("violations", out).build() : problem;
    }

    /**
     * Where the parameter behind one violation is, if it is a request parameter the extension reports as body:
     * the field the extension names it by, the name the client sends and where it sends it.
     */
    record Location(String reportedAs, String name, String in) {
    }

    static Optional<Location> locate(ConstraintViolation<?> cv) {
        List<Path.Node> nodes = new ArrayList<>();
        cv.getPropertyPath().forEach(nodes::add);
        if (nodes.size() < 2 || nodes.get(0).getKind() != ElementKind.METHOD
                || nodes.get(1).getKind() != ElementKind.PARAMETER || cv.getRootBeanClass() == null) {
            return Optional.empty();
        }
        Path.MethodNode methodNode = nodes.get(0).as(Path.MethodNode.class);
        int index = nodes.get(1).as(Path.ParameterNode.class).getParameterIndex();
        java.lang.reflect.Parameter parameter = parameter(cv.getRootBeanClass(), methodNode, index);
        if (parameter == null) {
            return Optional.empty();
        }
        // the extension's own field for a violation it calls body: the path without method and parameter
        List<String> rest = new ArrayList<>();
        for (Path.Node n : nodes.subList(2, nodes.size())) {
            if (!n.toString().isBlank()) {
                rest.add(n.toString());
            }
        }
        String reportedAs = String.join(".", rest);
        if (nodes.size() == 2) {
            return where(parameter, parameter.getName()).map(w -> new Location(reportedAs, w[0], w[1]));
        }
        if (!parameter.isAnnotationPresent(BeanParam.class)) {
            return Optional.empty(); // a request body's field is in the body
        }
        Class<?> type = parameter.getType();
        for (int i = 2; i < nodes.size(); i++) {
            Path.Node n = nodes.get(i);
            Field f = n.getKind() == ElementKind.PROPERTY ? field(type, n.getName()) : null;
            if (f == null) {
                return Optional.empty();
            }
            if (i == nodes.size() - 1) {
                return where(f, f.getName()).map(w -> new Location(reportedAs, w[0], w[1]));
            }
            if (!f.isAnnotationPresent(BeanParam.class)) {
                return Optional.empty();
            }
            type = f.getType();
        }
        return Optional.empty();
    }

    /** {name as sent, in} of a parameter annotation on this element, if it has one. */
    private static Optional<String[]> where(AnnotatedElement e, String javaName) {
        String name = null;
        String in = null;
        if (e.isAnnotationPresent(QueryParam.class)) {
            name = e.getAnnotation(QueryParam.class).value();
            in = "query";
        } else if (e.isAnnotationPresent(RestQuery.class)) {
            name = e.getAnnotation(RestQuery.class).value();
            in = "query";
        } else if (e.isAnnotationPresent(PathParam.class)) {
            name = e.getAnnotation(PathParam.class).value();
            in = "path";
        } else if (e.isAnnotationPresent(RestPath.class)) {
            name = e.getAnnotation(RestPath.class).value();
            in = "path";
        } else if (e.isAnnotationPresent(HeaderParam.class)) {
            name = e.getAnnotation(HeaderParam.class).value();
            in = "header";
        } else if (e.isAnnotationPresent(RestHeader.class)) {
            name = e.getAnnotation(RestHeader.class).value();
            in = "header";
        } else if (e.isAnnotationPresent(FormParam.class)) {
            name = e.getAnnotation(FormParam.class).value();
            in = "form";
        } else if (e.isAnnotationPresent(RestForm.class)) {
            name = e.getAnnotation(RestForm.class).value();
            in = "form";
        }
        if (in == null) {
            return Optional.empty();
        }
        return Optional.of(new String[] {name == null || name.isEmpty() ? javaName : name, in});
    }

    /**
     * The method's parameter with its annotations. The validated instance may be a generated subclass (CDI
     * interception) whose override carries no parameter annotations: the declaration nearest to Object that has
     * the method wins.
     */
    private static java.lang.reflect.Parameter parameter(Class<?> root, Path.MethodNode node, int index) {
        Class<?>[] types = node.getParameterTypes().toArray(new Class<?>[0]);
        java.lang.reflect.Parameter found = null;
        for (Class<?> c = root; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(node.getName(), types);
                if (index >= 0 && index < m.getParameterCount()) {
                    found = m.getParameters()[index];
                }
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        return found;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return null;
    }

    /** The violation with the parameter's name and place, when the extension put this one in the body. */
    private static Object relocate(Object v, ConstraintViolation<?> cv) {
        String field;
        String in;
        String message;
        if (v instanceof Violation x) {
            field = x.field;
            in = x.in;
            message = x.message;
        } else if (v instanceof NationalIdProblemMasking.MaskedViolation x) {
            field = x.field();
            in = x.in();
            message = x.message();
        } else {
            return v;
        }
        if (!"body".equals(in) || !NationalIdMask.mask(cv.getMessage()).equals(message)) {
            return v;
        }
        Optional<Location> l = locate(cv).filter(x -> NationalIdMask.mask(x.reportedAs).equals(field));
        return l.isEmpty() ? v : new ParameterConversionMapper.Violation(l.get().name, l.get().in, message);
    }
}
