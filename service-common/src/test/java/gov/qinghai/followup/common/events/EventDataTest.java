package gov.qinghai.followup.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an event may carry, and the catalogue every service reads its events from. */
class EventDataTest {
    final ObjectMapper json = new ObjectMapper();

    @Test
    void dataNamingAPatientIsRefusedAtAnyDepth() {
        assertThrows(IllegalArgumentException.class, () -> Events.requireNoPersonalData(
                json.valueToTree(Map.of("referral", Map.of("patientRef", "p-1"))), "referral.requested"));
        assertThrows(IllegalArgumentException.class, () -> Events.requireNoPersonalData(
                json.valueToTree(Map.of("items", List.of(Map.of("note", "630102198001011234")))), "x.y"));
        Events.requireNoPersonalData(json.valueToTree(Map.of("referralId", 7, "fromInstitution", "乐都区人民医院")), "x.y");
    }

    @Test
    void theSharedCatalogueDeclaresThePeriodReportEventsWithTheirTypes() {
        EventCatalogue c = EventCatalogue.load(getClass().getClassLoader(), "projects");
        assertEquals("gov.qinghai.followup.projects.period-report.stored.v1", c.type("period-report.stored"));
        assertTrue(c.byType("gov.qinghai.followup.projects.period-report.regenerated.v1").isPresent());
        assertTrue(c.byType("gov.qinghai.followup.projects.nothing.v1").isEmpty());
        c.kinds().forEach(k -> assertTrue(k.label().matches(".*\\p{IsHan}.*"), k.name() + " has a Chinese label"));
    }
}
