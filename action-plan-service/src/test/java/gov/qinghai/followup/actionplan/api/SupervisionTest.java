package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** 135号 三、(三): 定期督查、专项督查、现场督查、明察暗访; 约谈 and 问责 on findings. */
@QuarkusTest
class SupervisionTest {
    private static final String SPECIAL = """
            {"kind":"SPECIAL","heldOn":"2017-09-20","title":"去产能专项督查","taskNumbers":[21],
             "units":["省经济和信息化委"],
             "findings":[{"unit":"省经济和信息化委","taskNumber":21,"text":"煤炭去产能进度滞后。"}]}""";

    @Test
    void recordsSupervisionWithFindingsAdmonitionAndAccountability() {
        int findingId = post(Tokens.supervisor(), "/api/v1/supervisions", SPECIAL).then().statusCode(201)
                .body("kindLabel", equalTo("专项督查"))
                .body("taskNumbers", hasItem(21))
                .body("findings[0].unit", equalTo("省经济和信息化委"))
                .extract().path("findings[0].id");
        post(Tokens.supervisor(), "/api/v1/findings/" + findingId + "/admonitions",
                "{\"heldOn\":\"2017-10-12\",\"conductedBy\":\"省政府督查室\",\"summary\":\"约谈分管负责同志。\"}")
                .then().statusCode(201).body("findingId", equalTo(findingId));
        post(Tokens.admin(), "/api/v1/findings/" + findingId + "/accountabilities",
                "{\"decidedOn\":\"2017-11-15\",\"measure\":\"通报批评\"}").then().statusCode(201);
        as(Tokens.viewer()).queryParam("unit", "省经济和信息化委").queryParam("size", 200).get("/api/v1/findings").then().statusCode(200)
                .body("items.find { it.id == " + findingId + " }.admonitions[0].conductedBy", equalTo("省政府督查室"))
                .body("items.find { it.id == " + findingId + " }.accountabilities[0].measure", equalTo("通报批评"));
    }

    @Test
    void retriedSupervisionWithTheSameIdempotencyKeyIsRecordedOnce() {
        String body = SPECIAL.replace("去产能专项督查", "明察暗访-幂等");
        int id = as(Tokens.supervisor()).header("Idempotency-Key", "dcs-idem-1").contentType("application/json")
                .body(body).post("/api/v1/supervisions").then().statusCode(201).extract().path("id");
        as(Tokens.supervisor()).header("Idempotency-Key", "dcs-idem-1").contentType("application/json")
                .body(body).post("/api/v1/supervisions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        as(Tokens.supervisor()).header("Idempotency-Key", "dcs-idem-1").contentType("application/json")
                .body(body.replace("2017-09-20", "2017-09-21")).post("/api/v1/supervisions").then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("Idempotency-Key"));
    }

    @Test
    void reporterMayNotRecordSupervision() {
        post(Tokens.reporter("省经济和信息化委"), "/api/v1/supervisions", SPECIAL).then().statusCode(403);
    }

    @Test
    void namesTheUnknownUnitAndTheUnknownKind() {
        post(Tokens.supervisor(), "/api/v1/supervisions", SPECIAL.replace("\"units\":[\"省经济和信息化委\"]",
                "\"units\":[\"省不存在厅\"]")).then().statusCode(422).body("field", equalTo("units[0]"));
        post(Tokens.supervisor(), "/api/v1/supervisions", SPECIAL.replace("SPECIAL", "SECRET")).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void admonitionOfUnknownFindingIs404() {
        post(Tokens.supervisor(), "/api/v1/findings/999999/admonitions",
                "{\"heldOn\":\"2017-10-12\",\"conductedBy\":\"省政府督查室\",\"summary\":\"x\"}").then().statusCode(404);
    }

    @Test
    void refusesASupervisionDatedOutsideTheOffensive() {
        for (String day : new String[] {"2017-01-05", "2030-01-01"}) {
            post(Tokens.supervisor(), "/api/v1/supervisions", SPECIAL.replace("2017-09-20", day)).then().statusCode(422)
                    .contentType("application/problem+json").body("field", equalTo("heldOn"));
        }
    }

    @Test
    void refusesAFindingAgainstAUnitUnrelatedToItsTask() {
        // 省金融办 neither leads nor shares 任务21 (煤炭去产能)
        post(Tokens.supervisor(), "/api/v1/supervisions", SPECIAL.replace("\"unit\":\"省经济和信息化委\"",
                "\"unit\":\"省金融办\"")).then().statusCode(422).body("field", equalTo("findings[0].unit"));
    }

    @Test
    void refusesAFindingOnATaskOutsideTheSupervision() {
        post(Tokens.supervisor(), "/api/v1/supervisions", SPECIAL.replace("\"taskNumber\":21", "\"taskNumber\":45"))
                .then().statusCode(422).body("field", equalTo("findings[0].taskNumber"));
    }

    @Test
    void refusesAnAdmonitionBeforeItsSupervisionAndAnAccountabilityOutsideTheOffensive() {
        int findingId = post(Tokens.supervisor(), "/api/v1/supervisions", SPECIAL.replace("去产能专项督查", "日期核验"))
                .then().statusCode(201).extract().path("findings[0].id");
        post(Tokens.supervisor(), "/api/v1/findings/" + findingId + "/admonitions",
                "{\"heldOn\":\"2017-09-01\",\"conductedBy\":\"省政府督查室\",\"summary\":\"约谈。\"}")
                .then().statusCode(422).body("field", equalTo("heldOn"))
                .body("detail", org.hamcrest.Matchers.containsString("早于其所针对的问题被发现的督查（2017-09-20）"));
        post(Tokens.supervisor(), "/api/v1/findings/" + findingId + "/accountabilities",
                "{\"decidedOn\":\"2030-01-01\",\"measure\":\"通报批评\"}")
                .then().statusCode(422).body("field", equalTo("decidedOn"));
    }
}
