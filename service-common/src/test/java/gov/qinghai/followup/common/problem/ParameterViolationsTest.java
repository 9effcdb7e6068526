package gov.qinghai.followup.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.privacy.NationalIdProblemMasking;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Bean Validation violation of a request parameter says where the parameter is (query, path, header) and
 * names it as the client sends it; resteasy-problem said "body" for every constraint on a @BeanParam field.
 */
class ParameterViolationsTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    public static class Filter {
        @QueryParam("unit_id")
        @Min(1)
        public Long unitId;
        @PathParam("code")
        @Pattern(regexp = "[a-z]+")
        public String code;
        @HeaderParam("X-Trace")
        @Size(max = 5)
        public String trace;
        @BeanParam
        @Valid
        public PageQuery inner;
    }

    public static class Body {
        @NotBlank
        public String name;
    }

    public static class Resource {
        public void list(@Valid @BeanParam PageQuery page, @Valid @BeanParam Filter filter,
                @RestQuery @Min(0) Integer minDays, @QueryParam("days") @Min(0) Integer days, @Valid Body body) {
        }
    }

    /** As CDI interception makes it: an override without the parameter annotations. */
    public static class InterceptedResource extends Resource {
        @Override
        public void list(PageQuery page, Filter filter, Integer minDays, Integer days, Body body) {
        }
    }

    static Method list(Class<?> c) {
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals("list")) {
                return m;
            }
        }
        throw new IllegalStateException();
    }

    /** Validates the call, then answers as resteasy-problem does (a field not directly annotated is "body"). */
    static List<String> answer(Resource resource, Object... args) {
        return answer(false, resource, args);
    }

    static List<String> answer(boolean maskedFirst, Resource resource, Object... args) {
        Set<ConstraintViolation<Resource>> cvs = validator.forExecutables()
                .validateParameters(resource, list(resource.getClass()), args);
        List<Object> extension = new ArrayList<>();
        for (ConstraintViolation<Resource> cv : cvs) {
            List<String> nodes = new ArrayList<>();
            cv.getPropertyPath().forEach(n -> nodes.add(n.toString()));
            boolean direct = nodes.size() == 2 && nodes.get(1).equals("days");
            Violation v = (direct ? Violation.In.query : Violation.In.body)
                    .field(direct ? "days" : String.join(".", nodes.subList(2, nodes.size())))
                    .message(cv.getMessage());
            // NationalIdProblemMasking (priority 1000, before this one) replaces a violation whose text it masked
            extension.add(maskedFirst ? new NationalIdProblemMasking.MaskedViolation(v.field, v.in, v.message) : v);
        }
        HttpProblem problem = HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                .with("violations", extension).build();
        HttpProblem fixed = new ParameterViolations().apply(problem,
                ProblemContext.of(new ConstraintViolationException(cvs), "/api/v1/x"));
        List<String> out = new ArrayList<>();
        for (Object v : (List<?>) fixed.getParameters().get("violations")) {
            out.add(v instanceof Violation x ? x.in + " " + x.field + ": " + x.message
                    : v instanceof ParameterConversionMapper.Violation x ? x.in() + " " + x.field() + ": " + x.message()
                    : "?" + v);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    static Filter filter() {
        Filter f = new Filter();
        f.inner = PageQuery.of(0, 20);
        return f;
    }

    static Body body() {
        Body b = new Body();
        b.name = "x";
        return b;
    }

    @Test
    void aPageSizeOfZeroIsAQueryParameter() {
        assertEquals(List.of("query size: must be greater than or equal to 1"),
                answer(new Resource(), PageQuery.of(0, 0), filter(), null, null, body()));
    }

    @Test
    void beanParamFieldsAreNamedAsSentAndPlacedWhereTheyAreSent() {
        Filter f = filter();
        f.unitId = 0L;
        f.code = "ABC";
        f.trace = "abcdefgh";
        f.inner = PageQuery.of(-1, 20);
        assertEquals(List.of("header X-Trace: size must be between 0 and 5",
                        "path code: must match \"[a-z]+\"",
                        "query page: must be greater than or equal to 0",
                        "query unit_id: must be greater than or equal to 1"),
                answer(new Resource(), PageQuery.of(0, 20), f, null, null, body()));
    }

    @Test
    void aRestQueryParameterIsAQueryParameterAndDirectOnesAreLeftAsTheExtensionSaidThem() {
        assertEquals(List.of("query days: must be greater than or equal to 0",
                        "query minDays: must be greater than or equal to 0"),
                answer(new Resource(), PageQuery.of(0, 20), filter(), -1, -1, body()));
    }

    @Test
    void aRequestBodyFieldStaysInTheBody() {
        assertEquals(List.of("body name: must not be blank", "query size: must be less than or equal to 200"),
                answer(new Resource(), PageQuery.of(0, 201), filter(), null, null, new Body()));
    }

    @Test
    void theAnnotationsAreFoundThroughAnInterceptedSubclass() {
        assertEquals(List.of("query size: must be greater than or equal to 1"),
                answer(new InterceptedResource(), PageQuery.of(0, 0), filter(), null, null, body()));
    }

    @Test
    void aViolationTheIdMaskingRewroteIsPlacedToo() {
        assertEquals(List.of("query size: must be greater than or equal to 1"),
                answer(true, new Resource(), PageQuery.of(0, 0), filter(), null, null, body()));
    }

    @Test
    void otherProblemsAreLeftAsTheyAre() {
        HttpProblem p = Problems.badRequest("size", Detail.of("test.x", "x"));
        assertSame(p, new ParameterViolations().apply(p, ProblemContext.of(new IllegalStateException(), "/x")));
    }
}
