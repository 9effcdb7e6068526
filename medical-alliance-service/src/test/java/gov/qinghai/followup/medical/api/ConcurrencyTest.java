package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Concurrently;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No lost or doubled writes: two updates sent with one version keep one winner; the loser gets 409. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void twoConcurrentInstitutionUpdatesWithOneVersionKeepExactlyTheWinner() throws Exception {
        String name = Api.unique("格尔木市人民医院");
        long id = Api.institution(name, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 302L);
        int version = get(Tokens.viewer(), "/api/v1/institutions/" + id).then().extract().path("version");

        List<Response> answers = Concurrently.send(2, i -> send("PUT", Tokens.admin(), "/api/v1/institutions/" + id,
                "{\"name\":\"" + name + "\",\"level\":\"SECONDARY\",\"ownership\":\"PUBLIC\",\"kind\":\"HOSPITAL\","
                        + "\"tier\":\"COUNTY\",\"countyId\":302,\"source\":\"writer " + i + "\",\"version\":" + version
                        + "}"));

        assertEquals(List.of(200, 409), answers.stream().map(Response::statusCode).sorted().toList());
        Response loser = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        Api.problem(loser, 409);
        String winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("source");
        get(Tokens.viewer(), "/api/v1/institutions/" + id).then().body("source", equalTo(winner))
                .body("version", equalTo(version + 1));
    }
}
