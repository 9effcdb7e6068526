package gov.qinghai.followup.common.problem;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * A {@code Boolean}/{@code boolean} query, path or header parameter is {@code true} or {@code false} (any case) and
 * nothing else (bad input is a 4xx naming the field). Quarkus REST reads them with {@code Boolean.valueOf},
 * which takes every other word for {@code false}: {@code ?outOfAlliance=maybe} answered 200 with the in-alliance
 * referrals. Quarkus REST asks a {@code ParamConverterProvider} for every parameter type it has no built-in
 * converter for, {@code Boolean} and {@code boolean} included (it does not for java.time types, see
 * {@link ParameterConversionMapper}); the {@code IllegalArgumentException} thrown here becomes the framework's
 * {@code NotFoundException}, which {@link ParameterConversionMapper} answers with 400 naming the parameter, "must be
 * true or false" ({@link UnreadableParameter} applies the same rule). An empty query value never gets here: the
 * framework counts it as absent. Declare a primitive {@code boolean} with {@code @DefaultValue("false")}: without
 * one the framework fills an absent value in as "0", which therefore cannot be refused.
 */
@Provider
public class StrictBooleanParameters implements ParamConverterProvider {
    /** {@code Boolean}, or {@code boolean} with a {@code @DefaultValue}. */
    static final ParamConverter<Boolean> STRICT = new Strict(false);
    /**
     * {@code boolean} without {@code @DefaultValue}: Quarkus REST gives every absent primitive parameter the default
     * text "0" (Boolean.valueOf("0") was false), so "0" must read as false here; an explicit {@code ?x=0} cannot be
     * told from an absent one. Declare {@code @DefaultValue("false")} (or use {@code Boolean}) to refuse it too.
     */
    static final ParamConverter<Boolean> PRIMITIVE_WITHOUT_DEFAULT = new Strict(true);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) STRICT;
        }
        if (rawType == boolean.class) {
            boolean declaredDefault = annotations != null
                    && Arrays.stream(annotations).anyMatch(a -> a instanceof DefaultValue);
            return (ParamConverter<T>) (declaredDefault ? STRICT : PRIMITIVE_WITHOUT_DEFAULT);
        }
        return null;
    }

    private record Strict(boolean frameworkZeroIsFalse) implements ParamConverter<Boolean> {
        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                return null;
            }
            Boolean b = frameworkZeroIsFalse && value.equals("0") ? Boolean.FALSE : parse(value);
            if (b == null) {
                throw new IllegalArgumentException("must be true or false");
            }
            return b;
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    }

    /** {@code true} or {@code false} in any case; {@code null} for any other text. */
    static Boolean parse(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(value)) {
            return Boolean.FALSE;
        }
        return null;
    }
}
