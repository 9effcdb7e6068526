package gov.qinghai.followup.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One kind of business event a service publishes, as declared in its {@code META-INF/qinghai-events.json}
 * (service-common's shared ones in {@code META-INF/qinghai-events-common.json}). The full CloudEvents type is
 * {@code gov.qinghai.followup.<domain>.<name>.v<version>}.
 *
 * @param name     e.g. {@code progress-report.submitted}
 * @param label    what a person reads (Chinese)
 * @param title    the same in English, for the OpenAPI summary
 * @param description when it is published and what {@code data} holds
 * @param readers  roles that may read the subject; the change feed shows the event only to them
 * @param example  an example of {@code data}; the OpenAPI schema of {@code data} is derived from it
 */
public record EventKind(String name, int version, String label, String title, String description, List<String> readers,
                        JsonNode example) {
    public String type(String domain) {
        return "gov.qinghai.followup." + domain + "." + name + ".v" + version;
    }
}
