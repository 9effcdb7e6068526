package gov.qinghai.followup.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated clients read as the contract means them: methods named after the operationIds (never openapi-generator's
 * path-derived {@code apiV1ProjectsGet}) and models named after the documents' schemas (never a numbered {@code Status1}
 * or a {@code ModelLocalDate} wrapper of a JDK type). Fails the build of this module when a document regresses.
 */
class GeneratedNamesTest {
    static final List<String> SERVICES = List.of("project-tracking", "transparency-assessment", "action-plan",
            "medical-alliance");
    static final Pattern PUBLIC_METHOD = Pattern.compile("public [\\w<>, ?.\\[\\]]+ (\\w+)\\(");
    static final Pattern NUMBERED = Pattern.compile(".*[A-Za-z]\\d+$");

    static Path generated(String service) {
        return Path.of(System.getProperty("clients.generated", "target/generated-sources/openapi"), service,
                "src/main/java");
    }

    static List<Path> javaFiles(String service, String folder) throws IOException {
        try (Stream<Path> files = Files.walk(generated(service))) {
            return files.filter(f -> f.toString().endsWith(".java") && f.getParent().endsWith(folder)).toList();
        }
    }

    @Test
    void everyServiceHasAGeneratedClientWithApisAndModels() throws IOException {
        for (String s : SERVICES) {
            assertTrue(javaFiles(s, "api").size() >= 5, s + ": too few API classes in " + generated(s));
            assertTrue(javaFiles(s, "model").size() >= 20, s + ": too few model classes in " + generated(s));
        }
    }

    @Test
    void noClientMethodIsNamedAfterItsPath() throws IOException {
        List<String> bad = new ArrayList<>();
        int methods = 0;
        for (String s : SERVICES) {
            for (Path api : javaFiles(s, "api")) {
                Matcher m = PUBLIC_METHOD.matcher(Files.readString(api));
                while (m.find()) {
                    methods++;
                    String name = m.group(1);
                    if (name.startsWith("apiV1") || name.matches(".*(Get|Post|Put|Delete|Patch)(WithHttpInfo)?$")) { // apiV1ProjectsIdGet
                        bad.add(s + " " + api.getFileName() + "#" + name);
                    }
                }
            }
        }
        assertTrue(methods > 400, "only " + methods + " public API methods found");
        assertEquals(List.of(), bad, "client methods named after a path: give the operation an operationId");
    }

    @Test
    void noModelHasANumberedOrWrappedName() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String s : SERVICES) {
            for (Path model : javaFiles(s, "model")) {
                String name = model.getFileName().toString().replace(".java", "");
                if (NUMBERED.matcher(name).matches() || name.startsWith("Model")) {
                    bad.add(s + " " + name);
                }
            }
        }
        assertEquals(List.of(), bad, "numbered or wrapped model names: name the schema once (@Schema(name=...))");
    }
}
