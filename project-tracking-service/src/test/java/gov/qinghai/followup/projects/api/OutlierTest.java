package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.projects.domain.OutlierRule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OutlierRule}: Tukey's fences on the logarithms of a fair's amounts, defined once (the SQL function
 * project_investment_outliers) for the importer's STATISTICAL_OUTLIER flag and the reconciliation's outliers.
 */
@QuarkusTest
class OutlierTest {
    /**
     * ln of the amounts: 0 four times, ln 2 four times, ln 1000 and ln 0.01; Q1 = 0, Q3 = ln 2, so the fences are
     * 2^-1.5 = 0.354 and 2^2.5 = 5.657 亿元: 序号 9 (1000) and 10 (0.01) lie outside, 序号 11 has no amount.
     */
    static final String TABLE = """
            seq,unit,name,party_a,party_b,total_investment,fund_sources,responsible_leader,responsible_persons
            1,西宁市政府,一号项目,大通县政府,某公司,1.00,江苏,甲,乙
            2,西宁市政府,二号项目,大通县政府,某公司,1.00,江苏,甲,乙
            3,西宁市政府,三号项目,大通县政府,某公司,1.00,江苏,甲,乙
            4,西宁市政府,四号项目,大通县政府,某公司,1.00,江苏,甲,乙
            5,西宁市政府,五号项目,大通县政府,某公司,2.00,江苏,甲,乙
            6,西宁市政府,六号项目,大通县政府,某公司,2.00,江苏,甲,乙
            7,西宁市政府,七号项目,大通县政府,某公司,2.00,江苏,甲,乙
            8,西宁市政府,八号项目,大通县政府,某公司,2.00,江苏,甲,乙
            9,西宁市政府,九号项目,大通县政府,某公司,1000.00,江苏,甲,乙
            10,西宁市政府,十号项目,大通县政府,某公司,0.01,江苏,甲,乙
            11,西宁市政府,十一号项目,大通县政府,某公司,,江苏,甲,乙
            """;

    @Inject
    EntityManager em;

    @Test
    void theImportFlagAndTheReconciliationNameTheSameOutliersByOneRule() {
        Fixtures.TestFair fair = Fixtures.fairWith(TABLE);
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .queryParam("flag", "STATISTICAL_OUTLIER").get("/api/v1/projects").then().statusCode(200)
                .body("items.seq", contains(9, 10));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .get("/api/v1/reconciliation").then().statusCode(200)
                .body("outliers.seq", contains(9, 10))
                .body("outliers[0].lowerFence", equalTo(0.35f)).body("outliers[0].upperFence", equalTo(5.66f));
        List<?> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select project_id from project_investment_outliers(?1, ?2) order by project_id")
                .setParameter(1, fair.id()).setParameter(2, OutlierRule.K).getResultList());
        assertEquals(List.of(fair.project(9), fair.project(10)).stream().sorted().toList(),
                ids.stream().map(id -> ((Number) id).longValue()).toList(), "the one definition both use");
    }
}
