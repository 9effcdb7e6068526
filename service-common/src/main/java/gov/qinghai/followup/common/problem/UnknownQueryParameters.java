package gov.qinghai.followup.common.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A query parameter the operation does not declare is 400 naming it, not ignored: {@code ?unit=海西州政府} on a list
 * that filters by {@code unitId} answered every row, a silently wrong answer. The declared names are the operation's
 * {@code @QueryParam}s, those of its {@code @BeanParam} classes (e.g. {@link gov.qinghai.followup.common.paging.PageQuery})
 * and of its resource class's fields. On in every service (service-common's {@code api.strict-query-parameters=true});
 * a deployment may set it false while a caller that sends undeclared parameters is fixed. (A {@code @ConfigProperty},
 * not a mapping: providers are built before runtime config mappings exist.)
 */
@Provider
@Priority(Priorities.USER)
public class UnknownQueryParameters implements ContainerRequestFilter {
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ConfigProperty(name = "api.strict-query-parameters", defaultValue = "true")
    boolean enabled;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!enabled || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(resource.getResourceMethod(),
                m -> declared(m, resource.getResourceClass()));
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!declared.contains(name)) {
                throw Problems.badRequest(name, Detail.of("detail.unknown-query-parameter",
                        "unknown query parameter '{0}': this operation takes {1}", name, declared.isEmpty()
                                ? Detail.of("detail.takes-none", "none") : String.join(", ", declared)));
            }
        }
    }

    static Set<String> declared(Method method, Class<?> resourceClass) {
        Set<String> names = new TreeSet<>();
        Annotation[][] parameters = method.getParameterAnnotations();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation a : parameters[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof BeanParam) {
                    fields(method.getParameterTypes()[i], names);
                }
            }
        }
        if (resourceClass != null) {
            fields(resourceClass, names);
        }
        return Set.copyOf(names);
    }

    private static void fields(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                QueryParam q = f.getAnnotation(QueryParam.class);
                if (q != null) {
                    names.add(q.value());
                } else if (f.isAnnotationPresent(BeanParam.class)) {
                    fields(f.getType(), names);
                }
            }
        }
    }
}
