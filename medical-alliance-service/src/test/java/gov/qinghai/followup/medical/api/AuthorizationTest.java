package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.medical.service.TransitionInput;
import gov.qinghai.followup.medical.service.ReferralRequest;
import gov.qinghai.followup.medical.service.FigureInput;
import gov.qinghai.followup.medical.service.MemberInput;
import gov.qinghai.followup.medical.service.AllianceInput;
import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.testing.ActingAs;
import gov.qinghai.followup.common.testing.CrossUnitCheck;
import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.domain.Referral;
import gov.qinghai.followup.medical.domain.ReferralAction;
import gov.qinghai.followup.medical.service.AllianceService;
import gov.qinghai.followup.medical.service.FamilyDoctorService;
import gov.qinghai.followup.medical.service.LongPrescriptionService;
import gov.qinghai.followup.medical.service.ReferralService;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * OWASP API1/API5 for 140号: every write operation refuses a reporter of another unit with 403 — over HTTP,
 * and for the unit-owned objects (referrals of the referring or receiving institution, an alliance of its lead
 * institution, long prescriptions of an institution, family-doctor figures of a 市州 health bureau) from the service
 * called directly. A refused request writes nothing.
 */
@QuarkusTest
class AuthorizationTest {
    @Inject
    ReferralService referrals;
    @Inject
    AllianceService alliances;
    @Inject
    LongPrescriptionService prescriptions;
    @Inject
    FamilyDoctorService figures;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource db;

    @Test
    void aReporterOfAnotherUnitIsRefusedOnEveryWriteOperation() throws Exception {
        Api.CountyCommunity c = Api.countyCommunity();
        Api.CountyCommunity elsewhere = Api.countyCommunity();
        String township = Tokens.reporter(c.townshipName());
        String county = Tokens.reporter(c.countyName());
        String stranger = Tokens.reporter(elsewhere.townshipName());
        long referral = post(township, "/api/v1/referrals", c.upJson(true)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long member = get(Tokens.viewer(), "/api/v1/alliances/" + c.alliance() + "/members").then().extract()
                .jsonPath().getLong("items.find { it.institutionId == " + c.township() + " }.id");
        String figure = "{\"prefectureId\":2,\"period\":\"2015-07\",\"population\":1000,\"contracted\":300,"
                + "\"keyPopulation\":200,\"contractedKey\":120%s}";
        long figureId = post(Tokens.admin(), "/api/v1/family-doctor/figures", String.format(figure, "")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String alliance = "{\"name\":\"" + Api.unique("杂多县医共体") + "\",\"kind\":\"COUNTY_COMMUNITY\","
                + "\"leadInstitutionId\":" + c.countyHospital() + ",\"countyId\":802,\"status\":\"ESTABLISHED\","
                + "\"establishedOn\":\"2015-01-01\",\"version\":0}";
        String addMember = "{\"institutionId\":" + elsewhere.township() + ",\"role\":\"MEMBER\","
                + "\"joinedOn\":\"2016-01-01\"}";
        String updateMember = "{\"institutionId\":" + c.township() + ",\"role\":\"MEMBER\","
                + "\"joinedOn\":\"2015-01-01\",\"leftOn\":\"2020-12-31\",\"version\":0}";
        String prescription = "{\"institutionId\":" + c.township() + ",\"nationalId\":\"" + Api.nationalId()
                + "\",\"contracted\":true,\"stableChronic\":true,\"condition\":\"高血压\","
                + "\"startDate\":\"2017-10-01\",\"days\":60}";
        CrossUnitCheck check = CrossUnitCheck.forService("medical-alliance-service");

        // 双向转诊 (140号 三(二)4): the referring side requests and cancels, the receiving side does the rest
        for (String other : List.of(county, stranger)) {
            check.refused("POST /api/v1/referrals", () -> post(other, "/api/v1/referrals", c.upJson(false)));
            check.refusedInService("POST /api/v1/referrals", other,
                    () -> referrals.request(json.readValue(c.upJson(false), ReferralRequest.class)));
        }
        for (ReferralAction action : ReferralAction.values()) {
            String wrongSide = action == ReferralAction.CANCEL || action == ReferralAction.VOID ? county : township;
            String body = "{\"version\":0,\"reason\":\"床位已满\",\"feedback\":\"已治疗\"}";
            for (String other : List.of(wrongSide, stranger)) {
                check.refused("POST /api/v1/referrals/{id}/{action}", () -> post(other, "/api/v1/referrals/"
                        + referral + "/" + action.name().toLowerCase(), body));
                check.refusedInService("POST /api/v1/referrals/{id}/{action}", other,
                        () -> referrals.act(referral, action, json.readValue(body, TransitionInput.class)));
            }
        }
        // an alliance and its members are its lead institution's (140号 三(一))
        for (String other : List.of(township, stranger)) {
            check.refused("PUT /api/v1/alliances/{id}", () -> send("PUT", other, "/api/v1/alliances/"
                    + c.alliance(), alliance));
            check.refusedInService("PUT /api/v1/alliances/{id}", other,
                    () -> alliances.update(c.alliance(), json.readValue(alliance, AllianceInput.class)));
            check.refused("POST /api/v1/alliances/{id}/members", () -> post(other, "/api/v1/alliances/"
                    + c.alliance() + "/members", addMember));
            check.refusedInService("POST /api/v1/alliances/{id}/members", other,
                    () -> alliances.addMember(c.alliance(), json.readValue(addMember, MemberInput.class)));
            check.refused("PUT /api/v1/alliances/{id}/members/{memberId}", () -> send("PUT", other,
                    "/api/v1/alliances/" + c.alliance() + "/members/" + member, updateMember));
            check.refusedInService("PUT /api/v1/alliances/{id}/members/{memberId}", other, () -> alliances
                    .updateMember(c.alliance(), member, json.readValue(updateMember, MemberInput.class)));
        }
        // 长处方 (140号 三(二)3) are the prescribing institution's
        for (String other : List.of(county, stranger)) {
            check.refused("POST /api/v1/long-prescriptions", () -> post(other, "/api/v1/long-prescriptions",
                    prescription));
            check.refusedInService("POST /api/v1/long-prescriptions", other, () -> prescriptions
                    .create(json.readValue(prescription, gov.qinghai.followup.medical.service.LongPrescriptionInput.class)));
        }
        // 家庭医生签约 figures are the 市州 health bureau's (海东市 here)
        for (String other : List.of(Tokens.reporter("西宁市卫生计生委"), township)) {
            check.refused("POST /api/v1/family-doctor/figures", () -> post(other, "/api/v1/family-doctor/figures",
                    String.format(figure, "").replace("2015-07", "2015-08")));
            check.refusedInService("POST /api/v1/family-doctor/figures", other, () -> figures.create(json.readValue(
                    String.format(figure, "").replace("2015-07", "2015-08"), FigureInput.class)));
            check.refused("PUT /api/v1/family-doctor/figures/{id}", () -> send("PUT", other,
                    "/api/v1/family-doctor/figures/" + figureId, String.format(figure, ",\"version\":0")));
            check.refusedInService("PUT /api/v1/family-doctor/figures/{id}", other, () -> figures.update(figureId,
                    json.readValue(String.format(figure, ",\"version\":0"), FigureInput.class)));
        }
        // 诊疗人次 (140号 四(四)) and county contracting figures are the 市州 health bureau's (海东市 here)
        for (String other : List.of(Tokens.reporter("西宁市卫生计生委"), township)) {
            check.refused("PUT /api/v1/indicators/visits", () -> send("PUT", other, "/api/v1/indicators/visits",
                    "{\"prefectureId\":2,\"period\":\"2017-07\",\"totalVisits\":100,\"primaryVisits\":50}"));
            check.refused("PUT /api/v1/family-doctor/counties", () -> send("PUT", other,
                    "/api/v1/family-doctor/counties", "{\"countyId\":201,\"period\":\"2017-07\",\"group\":"
                            + "\"ELDERLY\",\"population\":100,\"contracted\":50}"));
        }
        // a 三级公立医院's 再安排 (140号 五(一)) is the hospital's own record
        for (String other : List.of(township, stranger)) {
            check.refused("PUT /api/v1/obligations/rearrangement/{institutionId}", () -> send("PUT", other,
                    "/api/v1/obligations/rearrangement/" + c.countyHospital(), "{\"doneOn\":\"2017-08-28\","
                            + "\"documentRef\":\"院发〔2017〕52号\"}"));
        }
        // reference data, assessments and jobs are the province's, even for the lead institution's reporter
        check.refused("PUT /api/v1/institutions/{id}/contact", () -> send("PUT", county, "/api/v1/institutions/"
                + c.countyHospital() + "/contact", "{\"email\":\"x@example.gov.cn\",\"version\":0}"));
        check.refused("POST /api/v1/alliances", () -> post(county, "/api/v1/alliances", alliance));
        check.refused("PUT /api/v1/alliances/{id}/assessment", () -> send("PUT", county, "/api/v1/alliances/"
                + c.alliance() + "/assessment", "{\"effectiveSince\":\"2017-01-01\",\"version\":0}"));
        check.refused("POST /api/v1/institutions", () -> post(county, "/api/v1/institutions",
                "{\"name\":\"" + Api.unique("医院") + "\",\"level\":\"PRIMARY\",\"ownership\":\"PUBLIC\","
                        + "\"kind\":\"HOSPITAL\",\"tier\":\"COUNTY\",\"countyId\":802}"));
        check.refused("PUT /api/v1/institutions/{id}", () -> send("PUT", county, "/api/v1/institutions/"
                + c.countyHospital(), "{\"name\":\"" + c.countyName() + "\",\"level\":\"SECONDARY\","
                + "\"ownership\":\"PUBLIC\",\"kind\":\"HOSPITAL\",\"tier\":\"COUNTY\",\"countyId\":802,\"version\":0}"));
        check.refused("POST /api/v1/admin/jobs/{job}/run", () -> io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + county).queryParam("date", "2017-10-01")
                .post("/api/v1/admin/jobs/quarterly-report/run"));
        check.refused("POST /api/v1/period-reports/{kind}/{period}/regenerate", () -> io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + county).contentType("application/json")
                .body("{\"reason\":\"越权重建\"}").post("/api/v1/period-reports/quarterly/2017-Q3/regenerate"));
        // the outbox is operated by admins only (service-common OutboxAdminResource)
        String message = java.util.UUID.randomUUID().toString();
        check.refused("POST /api/v1/admin/outbox/{id}/retry", () -> io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + county).post("/api/v1/admin/outbox/" + message + "/retry"));
        check.refused("POST /api/v1/admin/outbox/{id}/cancel", () -> post(county, "/api/v1/admin/outbox/" + message
                + "/cancel", "{\"reason\":\"越权取消\"}"));
        // event subscriptions are managed by admins only (service-common SubscriptionResource)
        gov.qinghai.followup.common.testing.EventChecks.refuseSubscriptionWrites(check, county);
        check.exempt("POST /api/v1/patients/reference", "writes nothing; a reporter gets the pseudonym only of a "
                + "patient its institution already has (PatientAccessTest)");

        assertEquals(83, check.run());
        assertEquals(1, Sql.count(db, "select count(*) from referral where from_institution_id = ?", c.township()));
        assertEquals("REQUESTED", get(Tokens.supervisor(), "/api/v1/referrals/" + referral).path("status"));
        assertEquals(0, Sql.count(db, "select count(*) from long_prescription where institution_id = ?", c.township()));
        assertEquals(0, Sql.count(db, "select count(*) from alliance_member where institution_id = ? "
                + "and alliance_id = ?", elsewhere.township(), c.alliance()));
        assertEquals(0, Sql.count(db, "select version from family_doctor_figure where id = ?", figureId));

        // the direct calls really ran as those reporters: the referring institution's own call goes through
        Referral own = ActingAs.call(township,
                () -> referrals.request(json.readValue(c.upJson(false), ReferralRequest.class)));
        assertEquals("reporter@" + c.townshipName(), own.requestedBy);
    }
}
