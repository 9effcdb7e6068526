package gov.qinghai.followup.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.OpenApiContract;
import gov.qinghai.followup.common.testing.OpenApiDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiContractTest {
    private static final String GOOD = """
            {"paths": {"/api/v1/projects": {
              "get": {"operationId": "listProjects", "summary": "签约项目列表 · List projects",
                "parameters": [{"name": "q", "in": "query", "description": "Optional; e.g. 锂.", "schema": {"type": "string"}},
                               {"name": "fairId", "in": "query", "required": true, "example": 1, "schema": {"type": "integer"}}],
                "security": [{"bearer": []}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProjectPage"}}}},
                  "400": {"description": "bad", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}},
              "post": {"operationId": "createProject", "summary": "新增项目 · Add a project",
                "responses": {"201": {"description": "created", "headers": {"Location": {"schema": {"type": "string"}}},
                  "content": {"application/json": {"schema": {"type": "object"}}}}}}}},
             "components": {"schemas": {"Problem": {"type": "object"}, "ProjectPage": {"type": "object"}}}}
            """;

    @Test
    void aDocumentKeepingTheContractHasNoViolation() {
        assertEquals(List.of(), OpenApiContract.violations(OpenApiDocument.parse(GOOD)));
    }

    @Test
    void reportsAMissingRepeatedOrNonCamelCaseOperationId() {
        String doc = GOOD.replace("\"operationId\": \"createProject\", ", "")
                .replace("listProjects", "list_projects");
        List<String> v = OpenApiContract.violations(OpenApiDocument.parse(doc));
        assertTrue(v.contains("POST /api/v1/projects: no operationId"), v.toString());
        assertTrue(v.contains("GET /api/v1/projects: operationId list_projects is not camelCase verbNoun"), v.toString());
        String twice = GOOD.replace("createProject", "listProjects");
        assertTrue(OpenApiContract.violations(OpenApiDocument.parse(twice))
                .contains("POST /api/v1/projects: operationId listProjects repeats that of GET /api/v1/projects"));
    }

    @Test
    void reportsAnEnglishOnlySummary() {
        List<String> v = OpenApiContract.violations(OpenApiDocument.parse(GOOD.replace("签约项目列表 · ", "")));
        assertEquals(List.of("GET /api/v1/projects: summary \"List projects\" is not \"中文 · English\""), v);
    }

    @Test
    void reportsAnExampleOnAnOptionalQueryParameterButNotOnARequiredOne() {
        String doc = GOOD.replace("\"description\": \"Optional; e.g. 锂.\"", "\"example\": \"锂\"");
        assertEquals(List.of("GET /api/v1/projects: parameter q has an example Swagger UI would send"),
                OpenApiContract.violations(OpenApiDocument.parse(doc)));
    }

    @Test
    void reportsAnUntypedAnswerAnErrorWithoutSchemaA201WithoutLocationScopesAndNumberedSchemas() {
        String doc = GOOD.replace(", \"content\": {\"application/json\": {\"schema\": {\"$ref\": \"#/components/schemas/ProjectPage\"}}}", "")
                .replace("\"content\": {\"application/problem+json\": {\"schema\": {\"$ref\": \"#/components/schemas/Problem\"}}}", "\"x\": 1")
                .replace("\"headers\": {\"Location\": {\"schema\": {\"type\": \"string\"}}},", "")
                .replace("{\"bearer\": []}", "{\"bearer\": [\"admin\"]}")
                .replace("\"ProjectPage\": {", "\"PageView1\": {");
        List<String> v = OpenApiContract.violations(OpenApiDocument.parse(doc));
        assertEquals(List.of("GET /api/v1/projects: 200 has no typed body", "GET /api/v1/projects: 400 has no schema",
                "GET /api/v1/projects: scopes [\"admin\"] on scheme bearer (state roles in the description)",
                "POST /api/v1/projects: 201 without a Location header",
                "schema PageView1 has a numbered name"), v);
    }
}
