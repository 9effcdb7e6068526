package gov.qinghai.followup.common.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

/** The one export bound: refused above the limit with the one problem naming field, limit and rows. */
class ExportLimitTest {
    @Test
    void anExportAtTheLimitPasses() {
        new ExportLimit(5000).check(5000, "area", "narrow it");
    }

    @Test
    void anExportAboveTheLimitIsRefusedWithExportTooLargeNamingFieldLimitAndRows() {
        HttpProblem p = assertThrows(HttpProblem.class,
                () -> new ExportLimit(5000).check(5001, "year", "raise EXPORT_MAX_ROWS"));
        assertEquals(422, p.getStatusCode());
        assertEquals("/problems/export-too-large", p.getType().toString());
        assertEquals("year", p.getParameters().get("field"));
        assertEquals(5000L, p.getParameters().get("limit"));
        assertEquals(5001L, p.getParameters().get("rows"));
        assertTrue(p.getDetail().contains("5001 rows; one export holds at most 5000"), p.getDetail());
        assertTrue(p.getDetail().endsWith("raise EXPORT_MAX_ROWS"), p.getDetail());
    }
}
