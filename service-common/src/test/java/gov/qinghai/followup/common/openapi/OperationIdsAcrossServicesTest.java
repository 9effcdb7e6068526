package gov.qinghai.followup.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operationIds of the four services are unique across them (an integrator generates all four clients into one
 * program), read from the resources' sources; service-common's own operations count once per service, with the
 * service's name that ContractOpenApiFilter inserts.
 */
class OperationIdsAcrossServicesTest {
    static final List<String> SERVICES = List.of("project-tracking-service", "transparency-assessment-service",
            "action-plan-service", "medical-alliance-service");
    static final Pattern ID = Pattern.compile("operationId\\s*=\\s*\"([^\"]+)\"");

    @Test
    void operationIdsAreUniqueAcrossTheFourServices() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> shared = ids(root.resolve("service-common/src/main/java")).stream().map(Map.Entry::getKey).toList();
        assertEquals(ContractOpenApiFilter.SHARED_OPERATION_IDS, new java.util.HashSet<>(shared),
                "service-common's resources declare exactly the ids its filter qualifies");
        Map<String, List<String>> where = new TreeMap<>();
        for (String service : SERVICES) {
            for (Map.Entry<String, String> e : ids(root.resolve(service + "/src/main/java"))) {
                where.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(service + " " + e.getValue());
            }
            String noun = ContractOpenApiFilter.serviceNoun(service);
            shared.forEach(id -> where.computeIfAbsent(ContractOpenApiFilter.qualify(id, noun), k -> new ArrayList<>())
                    .add(service + " (service-common)"));
        }
        assertTrue(where.size() > 150, "found the services' operations: " + where.size());
        Map<String, List<String>> repeated = new TreeMap<>();
        where.forEach((id, places) -> {
            if (places.size() > 1) {
                repeated.put(id, places);
            }
        });
        assertEquals(Map.of(), repeated);
    }

    static List<Map.Entry<String, String>> ids(Path sources) throws IOException {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ID.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(Map.entry(m.group(1), f.getFileName().toString()));
                }
            }
        }
        return out;
    }
}
