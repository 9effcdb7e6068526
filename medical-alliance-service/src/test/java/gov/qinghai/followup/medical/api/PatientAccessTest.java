package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.institution;
import static gov.qinghai.followup.medical.support.Api.nationalId;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.send;
import static gov.qinghai.followup.medical.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Patient-level rows (referrals, 长处方, patient references) only for the institutions involved, supervisors and
 * admins; viewers see aggregates; no national ID in free text.
 */
@QuarkusTest
class PatientAccessTest {
    @Inject
    DataSource dataSource;

    Api.CountyCommunity c;
    String strangerName;
    String patient;
    long referral;
    String ref;

    @BeforeEach
    void referralOfAPatientAndAnUnrelatedInstitution() {
        c = Api.countyCommunity();
        strangerName = unique("囊谦县人民医院");
        institution(strangerName, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 805L);
        patient = nationalId();
        Response r = post(Tokens.reporter(c.townshipName()), "/api/v1/referrals",
                c.upJson(false).replaceAll("\"nationalId\":\"[0-9X]+\"", "\"nationalId\":\"" + patient + "\""));
        r.then().statusCode(201);
        referral = r.jsonPath().getLong("id");
        ref = r.jsonPath().getString("patientRef");
    }

    @Test
    void refusesAReporterOfAnUnrelatedInstitutionTheReferenceOfANationalId() {
        problem(post(Tokens.reporter(strangerName), "/api/v1/patients/reference",
                "{\"nationalId\":\"" + patient + "\"}"), 403);
        // a patient nobody knows gets the same answer: the 403 says nothing about other institutions
        problem(post(Tokens.reporter(strangerName), "/api/v1/patients/reference",
                "{\"nationalId\":\"" + nationalId() + "\"}"), 403);
        problem(post(Tokens.viewer(), "/api/v1/patients/reference", "{\"nationalId\":\"" + patient + "\"}"), 403);
        for (String involved : new String[] {c.townshipName(), c.countyName()}) {
            post(Tokens.reporter(involved), "/api/v1/patients/reference", "{\"nationalId\":\"" + patient + "\"}")
                    .then().statusCode(200).body("patientRef", equalTo(ref));
        }
        post(Tokens.supervisor(), "/api/v1/patients/reference", "{\"nationalId\":\"" + patient + "\"}").then()
                .statusCode(200).body("patientRef", equalTo(ref));
    }

    @Test
    void letsAReporterListOnlyReferralsOfItsOwnInstitution() {
        get(Tokens.reporter(strangerName), "/api/v1/referrals?patientRef=" + ref).then().statusCode(200)
                .body("total", equalTo(0));
        get(Tokens.reporter(strangerName), "/api/v1/referrals?toInstitutionId=" + c.countyHospital()).then()
                .statusCode(200).body("total", equalTo(0));
        problem(get(Tokens.reporter(strangerName), "/api/v1/referrals/" + referral), 403);
        get(Tokens.reporter(c.countyName()), "/api/v1/referrals?patientRef=" + ref).then().statusCode(200)
                .body("total", equalTo(1));
        get(Tokens.reporter(c.townshipName()), "/api/v1/referrals/" + referral).then().statusCode(200);
        get(Tokens.supervisor(), "/api/v1/referrals?patientRef=" + ref).then().body("total", equalTo(1));
    }

    @Test
    void showsViewersNoPatientLevelRowsOnlyAggregates() {
        problem(get(Tokens.viewer(), "/api/v1/referrals"), 403);
        problem(get(Tokens.viewer(), "/api/v1/referrals/" + referral), 403);
        problem(get(Tokens.viewer(), "/api/v1/long-prescriptions"), 403);
        get(Tokens.viewer(), "/api/v1/referrals/statistics?from=2017-09-02&to=2017-12-31").then().statusCode(200);
    }

    @Test
    void letsAReporterListOnlyItsOwnInstitutionsLongPrescriptions() {
        String lp = "{\"institutionId\":" + c.township() + ",\"nationalId\":\"" + patient + "\",\"contracted\":true,"
                + "\"stableChronic\":true,\"condition\":\"高血压\",\"startDate\":\"2017-10-01\",\"days\":30}";
        post(Tokens.reporter(c.townshipName()), "/api/v1/long-prescriptions", lp).then().statusCode(201);
        get(Tokens.reporter(strangerName), "/api/v1/long-prescriptions?patientRef=" + ref).then().statusCode(200)
                .body("total", equalTo(0));
        get(Tokens.reporter(strangerName), "/api/v1/long-prescriptions?institutionId=" + c.township()).then()
                .body("total", equalTo(0));
        get(Tokens.reporter(c.townshipName()), "/api/v1/long-prescriptions?patientRef=" + ref).then()
                .body("total", equalTo(1)).body("items[0].condition", equalTo("高血压"));
        get(Tokens.admin(), "/api/v1/long-prescriptions?patientRef=" + ref).then().body("total", equalTo(1));
    }

    @Test
    void refusesANationalIdInFreeTextNamingTheFieldAndKeepsItOutOfTheAuditTables() throws Exception {
        String other = nationalId();
        Response bad = post(Tokens.reporter(c.townshipName()), "/api/v1/referrals",
                c.upJson(false).replace("疑似肺炎", "疑似肺炎,身份证" + other));
        problem(bad, 422).body("field", equalTo("reason")).body("detail", not(containsString(other.substring(6))));
        problem(post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + referral + "/reject",
                "{\"version\":0,\"reason\":\"查无此人 " + other + "\"}"), 422).body("field", equalTo("reason"));
        post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + referral + "/accept", "{\"version\":0}").then()
                .statusCode(200);
        post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + referral + "/start", "{\"version\":1}").then()
                .statusCode(200);
        problem(post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + referral + "/complete",
                "{\"version\":2,\"feedback\":\"患者" + other + "已出院\"}"), 422).body("field", equalTo("feedback"));
        problem(post(Tokens.reporter(c.townshipName()), "/api/v1/long-prescriptions", "{\"institutionId\":"
                + c.township() + ",\"nationalId\":\"" + patient + "\",\"contracted\":true,\"stableChronic\":true,"
                + "\"condition\":\"高血压 " + other + "\",\"startDate\":\"2017-10-01\",\"days\":30}"), 422)
                .body("field", equalTo("condition"));
        long version = get(Tokens.admin(), "/api/v1/alliances/" + c.alliance()).jsonPath().getLong("version");
        problem(send("PUT", Tokens.admin(), "/api/v1/alliances/" + c.alliance(), "{\"name\":\"" + unique("杂多县医共体")
                + "\",\"kind\":\"COUNTY_COMMUNITY\",\"leadInstitutionId\":" + c.countyHospital() + ",\"countyId\":802,"
                + "\"status\":\"ESTABLISHED\",\"establishedOn\":\"2015-01-01\",\"charter\":{\"members\":\"联系人 "
                + other + "\"},\"version\":" + version + "}"), 422).body("field", equalTo("charter.members"));
        String digits = other.substring(0, 17);
        for (String table : new String[] {"referral", "referral_aud", "long_prescription", "long_prescription_aud",
                "alliance", "alliance_aud"}) {
            assertEquals(0, rowsContaining(table, digits), table + " holds the national ID");
        }
    }

    private int rowsContaining(String table, String text) throws Exception {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("select count(*) from medical_alliance." + table
                     + " t where t::text like ?")) {
            ps.setString(1, "%" + text + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
