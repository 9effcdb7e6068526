package gov.qinghai.followup.transparency.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

/** Bounded export sizes: refused above the limit with 422 naming the limit and how to narrow it. */
class ExportLimitTest {

    private static ExportLimit limit(int rows) {
        ExportLimit l = new ExportLimit();
        l.maxRows = rows;
        return l;
    }

    @Test
    void anExportAtTheLimitPasses() {
        limit(5000).check(5000, "area", "narrow it");
    }

    @Test
    void anExportAboveTheLimitIsRefusedWith422NamingTheLimitAndTheNarrowingParameter() {
        HttpProblem p = assertThrows(HttpProblem.class, () -> limit(5000).check(5001, "year", "raise EXPORT_MAX_ROWS"));
        assertEquals(422, p.getStatusCode());
        assertEquals("year", p.getParameters().get("field"));
        assertTrue(p.getDetail().contains("5001 rows, above the limit of 5000 rows"), p.getDetail());
        assertTrue(p.getDetail().contains("raise EXPORT_MAX_ROWS"));
    }
}
