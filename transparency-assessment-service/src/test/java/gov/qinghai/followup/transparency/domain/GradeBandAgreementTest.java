package gov.qinghai.followup.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 137号 第十一条's grade bands live twice: the Grade enum that grades a score and the grade_band table the API shows.
 * They must say the same thing (code, 名称, lower bound, order) or a subject is graded by one and shown the other.
 */
@QuarkusTest
class GradeBandAgreementTest {
    @Test
    void gradeEnumAndGradeBandTableAgreeOnEveryBand() {
        List<String> table = QuarkusTransaction.requiringNew().call(() -> GradeBand.<GradeBand>listAll().stream()
                .sorted((a, b) -> b.minScore.compareTo(a.minScore))
                .map(b -> b.sortOrder + " " + b.code + " " + b.name + " [" + plain(b.minScore) + ", "
                        + plain(b.upperBound) + ")").toList());
        Grade[] grades = Grade.values();
        List<String> enumBands = Arrays.stream(grades).map(g -> (g.ordinal() + 1) + " " + g.name() + " " + g.label
                + " [" + plain(g.minScore) + ", " + (g.ordinal() == 0 ? "∞" : plain(grades[g.ordinal() - 1].minScore))
                + ")").toList();
        assertEquals(enumBands, table);
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "∞" : d.stripTrailingZeros().toPlainString();
    }
}
