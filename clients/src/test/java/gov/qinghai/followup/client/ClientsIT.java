package gov.qinghai.followup.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gov.qinghai.followup.client.actionplan.api.TasksApi;
import gov.qinghai.followup.client.actionplan.model.TaskSummaryPage;
import gov.qinghai.followup.client.medical.api.AlliancesApi;
import gov.qinghai.followup.client.medical.model.AlliancePage;
import gov.qinghai.followup.client.projects.api.ProjectsApi;
import gov.qinghai.followup.client.projects.model.ProjectPage;
import gov.qinghai.followup.client.projects.model.QualityFlag;
import gov.qinghai.followup.client.transparency.api.AssessmentSubjectsApi;
import gov.qinghai.followup.client.transparency.model.AssessmentSubjectPage;
import org.junit.jupiter.api.Test;

/**
 * Each generated client against its running service (deploy/checks/live.sh starts the four runner jars on a fresh
 * database with the gazette seed and passes their URLs and an admin token as system properties): typed pages with
 * the seeded rows, typed enum parameters, and a refusal read as the Problem schema. Skipped without the URLs.
 */
class ClientsIT {
    static String url(String service) {
        String url = System.getProperty("clients.it." + service);
        assumeTrue(url != null && !url.isBlank(), "clients.it." + service + " not set: no running service to call");
        return url;
    }

    static String authorization() {
        return "Bearer " + System.getProperty("clients.it.token");
    }

    @Test
    void projectTrackingListsTheSeededProjectsAndFiltersByATypedFlag() throws Exception {
        gov.qinghai.followup.client.projects.ApiClient c = new gov.qinghai.followup.client.projects.ApiClient()
                .setRequestInterceptor(b -> b.header("Authorization", authorization()));
        c.updateBaseUri(url("project-tracking"));
        ProjectsApi projects = new ProjectsApi(c);
        ProjectPage all = projects.listProjects(null, null, null, null, 0, null, null, null, null, null, 5, null, null);
        assertEquals(346L, all.getTotal(), "the 346 projects of the 18th fair");
        assertEquals(5, all.getItems().size());
        ProjectPage nameOnly = projects.listProjects(null, null, QualityFlag.NAME_ONLY, null, 0, null, null, null, null,
                null, 50, null, null);
        assertTrue(nameOnly.getTotal() > 0 && nameOnly.getTotal() < 346, "NAME_ONLY rows: " + nameOnly.getTotal());
        try {
            projects.getProject(999_999L);
            throw new AssertionError("project 999999 exists");
        } catch (gov.qinghai.followup.client.projects.ApiException e) {
            assertEquals(404, e.getCode());
            assertTrue(e.getResponseBody().contains("\"status\":404"), e.getResponseBody());
        }
    }

    @Test
    void transparencyListsItsAssessmentSubjects() throws Exception {
        gov.qinghai.followup.client.transparency.ApiClient c = new gov.qinghai.followup.client.transparency.ApiClient()
                .setRequestInterceptor(b -> b.header("Authorization", authorization()));
        c.updateBaseUri(url("transparency-assessment"));
        AssessmentSubjectPage page = new AssessmentSubjectsApi(c).listSubjects(null, null, 0, 20);
        assertFalse(page.getItems().isEmpty());
        assertTrue(page.getItems().stream().allMatch(s -> s.getName() != null && s.getKind() != null));
    }

    @Test
    void actionPlanListsThe50Tasks() throws Exception {
        gov.qinghai.followup.client.actionplan.ApiClient c = new gov.qinghai.followup.client.actionplan.ApiClient()
                .setRequestInterceptor(b -> b.header("Authorization", authorization()));
        c.updateBaseUri(url("action-plan"));
        TaskSummaryPage page = new TasksApi(c).listTasks(null, 0, null, 10, null);
        assertEquals(50L, page.getTotal(), "135号's 50 tasks");
        assertEquals(10, page.getItems().size());
    }

    @Test
    void medicalAllianceListsItsAlliances() throws Exception {
        gov.qinghai.followup.client.medical.ApiClient c = new gov.qinghai.followup.client.medical.ApiClient()
                .setRequestInterceptor(b -> b.header("Authorization", authorization()));
        c.updateBaseUri(url("medical-alliance"));
        AlliancePage page = new AlliancesApi(c).listAlliances(null, 0, null, null, 20, null);
        assertFalse(page.getItems().isEmpty());
        assertTrue(page.getItems().stream().allMatch(a -> a.getName() != null));
    }
}
