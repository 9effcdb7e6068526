package gov.qinghai.followup.common.problem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Which query or path parameter of a resource method could not be read as its Java type, and what it must be.
 * RESTEasy Reactive answers such a parameter with a bare {@code NotFoundException} (Jakarta REST 3.2: a failed
 * {@code @QueryParam}/{@code @PathParam} conversion is 404) that names neither the parameter nor the reason;
 * {@link ParameterConversionMapper} asks this class which one it was, by converting each sent value the way the
 * framework does ({@code fromString}/{@code valueOf}/{@code parse}/a String constructor, enums by name, booleans
 * as {@link StrictBooleanParameters} reads them).
 */
public record UnreadableParameter(String name, String in, Detail expected) {
    public static final String QUERY = "query";
    public static final String PATH = "path";

    /**
     * The first parameter of the method (path parameters before query parameters, {@code @BeanParam} fields
     * included) whose sent value does not convert; empty when every value converts (then the 404 was not ours).
     * Values are as decoded from the URL; an empty query value counts as absent, as the framework treats it.
     */
    public static Optional<UnreadableParameter> find(Method method, Map<String, List<String>> query,
            Map<String, List<String>> path) {
        if (method == null) {
            return Optional.empty();
        }
        List<Declared> declared = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            collect(p, p.getName(), p.getType(), p.getParameterizedType(), declared, 0);
        }
        for (String in : List.of(PATH, QUERY)) {
            for (Declared d : declared) {
                if (!d.in.equals(in)) {
                    continue;
                }
                List<String> values = (in.equals(PATH) ? path : query).get(d.name);
                if (values == null) {
                    continue;
                }
                for (String v : d.multiple ? values : values.subList(0, Math.min(1, values.size()))) {
                    if (v != null && !v.isEmpty() && !converts(d.type, v) && !frameworkZero(d, v)) {
                        return Optional.of(new UnreadableParameter(d.name, in, expected(d.type, d.element)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The message of the violation: what the value must be (the value itself is not repeated). */
    public String message() {
        return must().english();
    }

    /** The same in the request's language. */
    public Detail must() {
        return Detail.of("detail.must-be", "must be {0}", expected);
    }

    /** One declared query or path parameter: its name, element type and where its constraints are. */
    private record Declared(String name, String in, Class<?> type, boolean multiple, AnnotatedElement element) {
    }

    private static void collect(AnnotatedElement e, String javaName, Class<?> raw, Type generic, List<Declared> into,
            int depth) {
        String in = null;
        String name = null;
        if (e.isAnnotationPresent(QueryParam.class)) {
            in = QUERY;
            name = e.getAnnotation(QueryParam.class).value();
        } else if (e.isAnnotationPresent(RestQuery.class)) {
            in = QUERY;
            name = e.getAnnotation(RestQuery.class).value();
        } else if (e.isAnnotationPresent(PathParam.class)) {
            in = PATH;
            name = e.getAnnotation(PathParam.class).value();
        } else if (e.isAnnotationPresent(RestPath.class)) {
            in = PATH;
            name = e.getAnnotation(RestPath.class).value();
        } else if (e.isAnnotationPresent(BeanParam.class) && depth < 3) {
            for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        collect(f, f.getName(), f.getType(), f.getGenericType(), into, depth + 1);
                    }
                }
            }
            return;
        }
        if (in == null) {
            return;
        }
        if (name == null || name.isEmpty()) {
            name = javaName;
        }
        boolean multiple = Collection.class.isAssignableFrom(raw) || raw.isArray();
        Class<?> type = raw.isArray() ? raw.getComponentType()
                : multiple || raw == Optional.class ? element(generic) : raw;
        into.add(new Declared(name, in, type, multiple, e));
    }

    private static Class<?> element(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            Type t = p.getActualTypeArguments()[0];
            if (t instanceof Class<?> c) {
                return c;
            }
            if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c) {
                return c;
            }
        }
        return String.class;
    }

    /** "0" for a primitive boolean without @DefaultValue: the framework's own filler, read as false. */
    private static boolean frameworkZero(Declared d, String v) {
        return d.type == boolean.class && v.equals("0") && !d.element.isAnnotationPresent(DefaultValue.class);
    }

    /** Converts as RESTEasy Reactive does: primitives by their wrapper, then fromString, valueOf, parse, new. */
    static boolean converts(Class<?> type, String value) {
        Class<?> t = wrapper(type);
        if (t == String.class || t == Object.class) {
            return true;
        }
        if (t == Boolean.class) {
            return StrictBooleanParameters.parse(value) != null; // not Boolean.valueOf: see StrictBooleanParameters
        }
        if (t == Character.class) {
            return value.length() == 1;
        }
        try {
            if (t.isEnum()) {
                Method fromString = staticFactory(t, "fromString", String.class);
                if (fromString != null) {
                    return fromString.invoke(null, value) != null;
                }
                for (Object c : t.getEnumConstants()) {
                    if (((Enum<?>) c).name().equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            for (String factory : List.of("fromString", "valueOf")) {
                Method m = staticFactory(t, factory, String.class);
                if (m != null) {
                    m.invoke(null, value);
                    return true;
                }
            }
            Method parse = staticFactory(t, "parse", CharSequence.class);
            if (parse != null) {
                parse.invoke(null, value);
                return true;
            }
            Constructor<?> c = t.getConstructor(String.class);
            c.newInstance(value);
            return true;
        } catch (InvocationTargetException e) {
            return false;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // not a type this class knows how to read: do not claim it was the culprit
        }
    }

    private static Method staticFactory(Class<?> t, String name, Class<?> arg) {
        try {
            Method m = t.getMethod(name, arg);
            return Modifier.isStatic(m.getModifiers()) && t.isAssignableFrom(m.getReturnType()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Class<?> wrapper(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        if (t == int.class) {
            return Integer.class;
        }
        if (t == long.class) {
            return Long.class;
        }
        if (t == boolean.class) {
            return Boolean.class;
        }
        if (t == double.class) {
            return Double.class;
        }
        if (t == float.class) {
            return Float.class;
        }
        if (t == short.class) {
            return Short.class;
        }
        if (t == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }

    /** What a value of this type must look like; whole numbers with the range their constraints allow. */
    static Detail expected(Class<?> type, AnnotatedElement element) {
        Class<?> t = wrapper(type);
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class) {
            long min = t == Integer.class ? Integer.MIN_VALUE : t == Short.class ? Short.MIN_VALUE
                    : t == Byte.class ? Byte.MIN_VALUE : Long.MIN_VALUE;
            long max = t == Integer.class ? Integer.MAX_VALUE : t == Short.class ? Short.MAX_VALUE
                    : t == Byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
            if (element != null && element.isAnnotationPresent(Min.class)) {
                min = Math.max(min, element.getAnnotation(Min.class).value());
            }
            if (element != null && element.isAnnotationPresent(Max.class)) {
                max = Math.min(max, element.getAnnotation(Max.class).value());
            }
            // 64-bit bounds are not spelled out: 19 digits read as an ID number and would be masked in the answer
            boolean showMin = Math.abs((double) min) < 1e15;
            boolean showMax = Math.abs((double) max) < 1e15;
            if (showMin && showMax) {
                return Detail.of("expect.whole-range", "a whole number from {0} to {1}", min, max);
            }
            return showMin ? Detail.of("expect.whole-min", "a whole number of at least {0} (64-bit)", min)
                    : showMax ? Detail.of("expect.whole-max", "a whole number of at most {0} (64-bit)", max)
                            : Detail.of("expect.whole-64", "a whole number (64-bit)");
        }
        if (t == BigDecimal.class || t == Double.class || t == Float.class) {
            return Detail.of("expect.decimal", "a number like 12.5");
        }
        if (t == Character.class) {
            return Detail.of("expect.char", "a single character");
        }
        if (t == Boolean.class) {
            return Detail.of("expect.boolean", "true or false");
        }
        if (t.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : t.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            return Detail.of("expect.enum", "one of {0}", String.join(", ", names));
        }
        if (TemporalAccessor.class.isAssignableFrom(t) || t == java.time.Period.class) {
            Detail e = JsonInputMapper.expected(t);
            return e.key().equals("expect.object")
                    ? Detail.of("expect.iso", "a {0} in ISO 8601 form", t.getSimpleName()) : e;
        }
        return Detail.of("expect.valid", "a valid {0}", t.getSimpleName());
    }
}
