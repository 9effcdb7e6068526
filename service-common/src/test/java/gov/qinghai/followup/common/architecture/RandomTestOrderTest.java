package gov.qinghai.followup.common.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Test;

/**
 * Test classes and methods run in a seeded random order in every module (root pom.xml, maven-surefire-plugin), so no
 * test can lean on another having run first. This test runs under that configuration, so it reads what surefire gave
 * its JVM: Quarkus' class orderer (QuarkusTestProfileAwareClassOrderer) takes its secondary orderer from MicroProfile
 * Config, i.e. a system property, not from JUnit's configuration parameters; without it @QuarkusTest classes run in
 * class-name order.
 */
class RandomTestOrderTest {

    @Test
    void quarkusOrdersClassesRandomlyWithTheSeedSurefireWasGiven() throws ReflectiveOperationException {
        String orderer = System.getProperty("junit.quarkus.orderer.secondary-orderer");
        assertEquals(ClassOrderer.Random.class.getName(), orderer, "the secondary orderer Quarkus reads (a system property)");
        assertTrue(ClassOrderer.class.isAssignableFrom(Class.forName(orderer)));
        String seed = System.getProperty("junit.jupiter.execution.order.random.seed");
        assertNotNull(seed, "the random orderers' seed (-Dtest.order.seed=N to try another order)");
        Long.parseLong(seed);
    }

    @Test
    void thePomOrdersMethodsRandomlyTooAndNoModuleOverridesQuarkusJunitPlatformProperties() throws IOException {
        Path root = root();
        String pom = Files.readString(root.resolve("pom.xml"));
        assertTrue(pom.contains("junit.jupiter.testmethod.order.default=org.junit.jupiter.api.MethodOrderer$Random"), "methods");
        assertTrue(pom.contains("<junit.quarkus.orderer.secondary-orderer>org.junit.jupiter.api.ClassOrderer$Random"
                + "</junit.quarkus.orderer.secondary-orderer>"), "classes");
        assertTrue(pom.contains("<runOrder>random</runOrder>"));
        for (String module : List.of("service-common", "project-tracking-service", "transparency-assessment-service",
                "action-plan-service", "medical-alliance-service")) {
            // quarkus-junit-config's junit-platform.properties installs QuarkusClassOrderer; a second one beside it
            // would make JUnit pick one of the two
            assertFalse(Files.exists(root.resolve(module).resolve("src/test/resources/junit-platform.properties")), module);
            try (Stream<Path> tests = Files.walk(root.resolve(module).resolve("src/test/java"))) {
                List<Path> pinned = tests.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                    try {
                        String text = Files.readString(p);
                        return text.contains("@TestMethodOrder") || text.contains("@TestClassOrder");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).filter(p -> !p.endsWith("RandomTestOrderTest.java")).toList();
                assertEquals(List.of(), pinned, "a test class that pins its order hides a dependency between tests");
            }
        }
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("service-common")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
