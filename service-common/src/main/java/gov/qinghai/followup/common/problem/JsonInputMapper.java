package gov.qinghai.followup.common.problem;

import gov.qinghai.followup.common.privacy.NationalIdMask;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON value of the wrong type or format is 400 naming the field and what it must be, without repeating the
 * value: Jackson's own message quotes it, and it would reach the answer and the log of every 4xx ("no
 * secret, token or national ID number in logs": a body can carry a 居民身份证号码). Unknown fields keep their mapper.
 */
public class JsonInputMapper {
    private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class, Short.class,
            short.class, java.math.BigInteger.class);

    /** Its own mapper, since resteasy-problem maps exactly this class and the closest class wins. */
    @ServerExceptionMapper(priority = 1)
    public Response wrongFormat(InvalidFormatException e) {
        return wrongInput(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongInput(MismatchedInputException e) {
        String field = NationalIdMask.mask(field(e)); // a map key may be anything, even an ID number
        Detail must = expected(e.getTargetType());
        return Problems.badRequest(field.isEmpty() ? null : field, field.isEmpty()
                ? Detail.of("detail.json-body", "the body must be {0} (the value sent is not repeated here)", must)
                : Detail.of("detail.json-field", "field '{0}' must be {1} (the value sent is not repeated here)", field,
                        must)).toResponse();
    }

    /** The JSON path of the field a mapping failure is about ({@code actuals[0].asOf}), empty for the body. */
    public static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static Detail expected(Class<?> type) {
        if (type == null) {
            return Detail.of("expect.other", "of another type");
        }
        if (type.isEnum()) {
            return Detail.of("expect.enum", "one of {0}", Arrays.toString(type.getEnumConstants()));
        }
        if (type == String.class) {
            return Detail.of("expect.text", "text");
        }
        if (WHOLE.contains(type)) {
            return Detail.of("expect.whole", "a whole number");
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return Detail.of("expect.number", "a number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Detail.of("expect.boolean", "true or false");
        }
        if (type == LocalDate.class) {
            return Detail.of("expect.date", "a date like 2017-10-05");
        }
        if (type == YearMonth.class) {
            return Detail.of("expect.month", "a month like 2017-09");
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return Detail.of("expect.date-time", "a date-time like 2017-10-09T08:00:00Z");
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return Detail.of("expect.array", "a JSON array");
        }
        return Detail.of("expect.object", "a JSON object ({0})", type.getSimpleName());
    }
}
