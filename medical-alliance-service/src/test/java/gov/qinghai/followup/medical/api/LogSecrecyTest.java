package gov.qinghai.followup.medical.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.LogCapture;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.domain.NationalId;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 "no secret, token or national ID number in logs": everything the service logs while it answers good and
 * bad tokens and bodies carrying 居民身份证号码 that fail validation in every way a body can (140号 双向转诊 and the
 * patient pseudonym) is captured as the console would print it, stack traces included, and searched.
 */
@QuarkusTest
class LogSecrecyTest {
    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

    @ConfigProperty(name = "medical.patient-ref.secret")
    String patientRefSecret;
    @ConfigProperty(name = "idempotency.fingerprint-secret")
    String fingerprintSecret;

    @Test
    void noTokenSecretOrNationalIdNumberReachesTheLog() {
        Api.CountyCommunity c = Api.countyCommunity();
        String reporter = Tokens.reporter(c.townshipName());
        String admin = Tokens.admin();
        List<String> badTokens = List.of(Tokens.expired(), Tokens.foreignSigned(), "not.a.jwt-" + Api.unique("x"),
                reporter.substring(0, reporter.lastIndexOf('.') + 1) + "AAAA" + reporter.substring(reporter.lastIndexOf('.') + 5));
        String id = Api.nationalId();
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        List<String> ids = List.of(id, wrongCheck);
        String referral = c.upJson(true).replaceAll("\"nationalId\":\"[0-9X]+\"", "\"nationalId\":\"%s\"");
        List<String> requests = new ArrayList<>();

        List<String> logged;
        try (LogCapture log = LogCapture.start()) {
            for (String body : List.of(
                    "{\"nationalId\":\"" + wrongCheck + "\"}",             // checksum wrong: 422
                    "{\"nationalId\":" + id.substring(0, 17) + "1}",        // a number, not text: 400
                    "{\"nationalId\":\"" + id + "1\"}",                     // 19 characters: 422
                    "{\"nationalId\":\"" + id + "\",\"patient\":\"" + id + "\"}", // unknown field: 400
                    "{\"nationalId\":[\"" + id + "\"]}",                    // wrong shape: 400
                    "{\"nationalId\":\"" + id + "\"",                       // unterminated JSON: 400
                    "{\"nationalId\":\"" + id + "\"}")) {                   // fine: 200
                requests.add(post(reporter, "/api/v1/patients/reference", body, "application/json").statusCode() + "");
                requests.add(post(reporter, "/api/v1/patients/reference", body, "text/plain").statusCode() + "");
            }
            requests.add(post(reporter, "/api/v1/referrals", String.format(referral, wrongCheck), "application/json")
                    .statusCode() + "");
            requests.add(post(reporter, "/api/v1/referrals", String.format(referral, id).replace("\"UP\"", "\"DOWN\""),
                    "application/json").statusCode() + "");
            requests.add(given().header("Authorization", "Bearer " + reporter).header("Idempotency-Key", id)
                    .contentType("application/json").body(String.format(referral, wrongCheck))
                    .post("/api/v1/referrals").statusCode() + "");
            requests.add(given().header("Authorization", "Bearer " + admin).get("/api/v1/referrals?patientRef=" + id)
                    .statusCode() + "");
            for (String bad : badTokens) {
                requests.add(post(bad, "/api/v1/patients/reference", "{\"nationalId\":\"" + id + "\"}",
                        "application/json").statusCode() + "");
                requests.add(given().header("Authorization", "Bearer " + bad).get("/api/v1/referrals").statusCode() + "");
            }
            logged = log.lines();
        }

        assertTrue(requests.stream().allMatch(s -> s.startsWith("2") || s.startsWith("4")), requests.toString());
        assertFalse(logged.isEmpty(), "the capture sees the service's log (4xx answers are logged)");
        List<String> secrets = new ArrayList<>(List.of(reporter, admin, patientRefSecret, fingerprintSecret));
        badTokens.forEach(secrets::add);
        for (String line : logged) {
            for (String s : secrets) {
                assertFalse(line.contains(s) || line.contains(s.substring(s.lastIndexOf('.') + 1)),
                        "a token or secret in the log: " + line);
            }
            for (String nationalId : ids) {
                assertFalse(line.contains(nationalId.substring(0, 17)), "a national ID number in the log: " + line);
            }
            Matcher m = ID_LIKE.matcher(line);
            while (m.find()) {
                assertFalse(NationalId.valid(m.group()), "a valid national ID number in the log: " + line);
            }
        }
        System.out.println("log-secrecy medical-alliance: " + requests.size() + " requests, " + logged.size()
                + " log lines captured, 0 tokens/secrets/ID numbers");
    }

    private static Response post(String token, String path, String body, String type) {
        return given().header("Authorization", "Bearer " + token).contentType(type).body(body).post(path);
    }
}
