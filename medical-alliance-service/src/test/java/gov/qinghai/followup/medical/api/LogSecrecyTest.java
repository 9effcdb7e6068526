package gov.qinghai.followup.medical.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * No secret, token or national ID number in logs: everything the service logs while it answers good and
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

    /**
     * The API takes 居民身份证号码 only in bodies, but a caller may still put one in a URL: as a resource id, in any
     * path segment, in a query parameter. No problem answer (detail, instance, any member) and no log line may
     * carry it; they keep the first 6 digits (the 行政区划代码) and mask the rest.
     */
    @Test
    void aNationalIdNumberInTheUrlIsMaskedInProblemsAndInTheLog() {
        Api.CountyCommunity c = Api.countyCommunity();
        String reporter = Tokens.reporter(c.townshipName());
        String admin = Tokens.admin();
        String id = Api.nationalId();
        String withX = nationalIdEndingInX();
        List<String> ids = List.of(id, withX, withX.toLowerCase());
        List<String> answers = new ArrayList<>();
        List<String> logged;
        try (LogCapture log = LogCapture.start()) {
            for (String n : ids) {
                answers.add(call(admin, "GET", "/api/v1/referrals/" + n));          // the brief's example
                answers.add(call(admin, "GET", "/api/v1/referrals/" + n + "/history"));
                answers.add(call(reporter, "POST", "/api/v1/referrals/" + n + "/accept"));
                answers.add(call(admin, "GET", "/api/v1/institutions/" + n));
                answers.add(call(admin, "GET", "/api/v1/alliances/" + n + "/members"));
                answers.add(call(admin, "GET", "/api/v1/patients/" + n));           // no such resource
                answers.add(call(admin, "GET", "/api/v1/" + n + "/referrals"));
                answers.add(call(admin, "GET", "/api/v1/referrals/p" + n + "-q"));   // inside a segment
                answers.add(call(admin, "DELETE", "/api/v1/referrals/" + n));
                answers.add(call(null, "GET", "/api/v1/referrals/" + n));
                answers.add(call(Tokens.expired(), "GET", "/api/v1/referrals/" + n));
                answers.add(call(admin, "GET", "/api/v1/referrals?size=" + n));      // and a query value
                answers.add(call(admin, "GET", "/api/v1/referrals?status=" + n));
            }
            // what Quarkus or a library logs with the path, e.g. an unhandled error's "HTTP Request to … failed"
            Logger.getLogger("io.quarkus.vertx.http.runtime.QuarkusErrorHandler").errorf(
                    new IllegalArgumentException("For input string: \"" + withX + "\""),
                    "HTTP Request to /api/v1/referrals/%s failed, error id: test", id);
            logged = log.lines();
        }

        for (String a : answers) {
            for (String n : ids) {
                assertFalse(a.contains(n.substring(0, 17)), "a national ID number in an answer: " + a);
            }
        }
        assertTrue(answers.get(0).startsWith("404 ") && answers.get(0).contains(id.substring(0, 6) + "************"),
                "the first 6 digits stay, the other 12 characters are masked: " + answers.get(0));
        List<String> problemLines = logged.stream().filter(l -> l.contains("[http-problem]")).toList();
        assertTrue(problemLines.size() >= answers.size() / 2, "the 4xx answers are logged: " + problemLines.size());
        assertTrue(logged.stream().anyMatch(l -> l.contains("HTTP Request to /api/v1/referrals/" + id.substring(0, 6)
                + "************ failed")), "any logger's line is masked, not dropped");
        for (String line : logged) {
            for (String n : ids) {
                assertFalse(line.contains(n.substring(0, 17)), "a national ID number in the log: " + line);
            }
        }
        System.out.println("log-secrecy medical-alliance: " + answers.size() + " requests with a national ID number in "
                + "the URL, " + logged.size() + " log lines captured, 0 ID numbers in answers or log");
    }

    /** A checksum-valid 居民身份证号码 whose check character is X (so the id is no number). */
    private static String nationalIdEndingInX() {
        while (true) {
            String first17 = Api.nationalId().substring(0, 17);
            if (NationalId.checkChar(first17) == 'X') {
                return first17 + 'X';
            }
        }
    }

    /** The answer (status and body) of one request, after checking it is a 4xx problem+json. */
    private static String call(String token, String method, String path) {
        var req = given().urlEncodingEnabled(false);
        if (token != null) {
            req = req.header("Authorization", "Bearer " + token);
        }
        if ("POST".equals(method)) {
            req = req.contentType("application/json").body("{\"reason\":\"x\"}");
        }
        Response r = req.request(method, path);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + ": " + r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), method + " " + path + ": " + r.contentType());
        return r.statusCode() + " " + r.asString();
    }

    private static Response post(String token, String path, String body, String type) {
        return given().header("Authorization", "Bearer " + token).contentType(type).body(body).post(path);
    }
}
