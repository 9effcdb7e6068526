package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.Prefecture;
import java.util.LinkedHashMap;
import java.util.Map;

/** How an institution appears in an event (docs/events.md): id, name and 市州, nothing about patients. */
final class EventFacts {
    private EventFacts() {
    }

    static Map<String, Object> institution(Institution i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id);
        m.put("name", i.name);
        m.put("prefecture", prefecture(i));
        return m;
    }

    static String prefecture(Institution i) {
        if (i.prefectureId == null) {
            return null;
        }
        Prefecture p = Prefecture.findById(i.prefectureId);
        return p == null ? null : p.name;
    }
}
