package gov.qinghai.followup.medical.service;

import static gov.qinghai.followup.medical.support.Api.get;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The seed of 140号 loads once: a restart inserts nothing and duplicates nothing. */
@QuarkusTest
class SeedImporterTest {
    @Inject
    SeedImporter importer;

    @Test
    void aSecondImportAddsNothing() {
        assertEquals(0, importer.importAll());
        get(Tokens.viewer(), "/api/v1/notice-targets").then().body("total", equalTo(10));
        get(Tokens.viewer(), "/api/v1/institutions?q=青海省人民医院").then().body("total", equalTo(1));
        get(Tokens.viewer(), "/api/v1/alliances/1").then().body("name", equalTo("青海省人民医院省级区域医疗联合体"));
    }
}
