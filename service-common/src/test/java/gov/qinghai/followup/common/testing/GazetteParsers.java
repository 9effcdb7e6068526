package gov.qinghai.followup.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * For each service's ParsersTest: runs the module's gazette-parser tests ({@code scripts/test_parsers.py}, Python 3
 * standard library only), which include rerunning the parsers on the committed gazette and comparing every seed
 * byte for byte. The build fails when a seed is edited by hand or a parser changes without its seed. What those tests
 * share ({@code first_difference}, {@code quiet}, the seed comparison) is {@code gazette_testing.py} of this test-jar,
 * put on their PYTHONPATH.
 */
public final class GazetteParsers {
    static final String SHARED = "gazette_testing.py";

    private GazetteParsers() {
    }

    public static void assertTheyPassAndReproduceTheCommittedSeeds() throws IOException, InterruptedException {
        Path module = Path.of(System.getProperty("user.dir"));
        assertTrue(Files.isRegularFile(module.resolve("scripts/test_parsers.py")), "run from the module directory");
        Path shared = sharedModule();
        ProcessBuilder pb = new ProcessBuilder("python3", "-B", "-m", "unittest", "discover", "-s", "scripts", "-p",
                "test_*.py").directory(module.toFile()).redirectErrorStream(true);
        pb.environment().put("PYTHONPATH", shared.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the parser tests in scripts/ did not finish in 120 s");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("\nOK"), out);
    }

    /**
     * The directory holding {@code gazette_testing.py} (what the four modules' parser tests share), copied out of
     * this test-jar so the tests import the copy the build uses, not whatever the checkout around them holds.
     */
    static Path sharedModule() throws IOException {
        Path dir = Files.createTempDirectory("gazette-testing");
        try (InputStream in = GazetteParsers.class.getResourceAsStream("/python/" + SHARED)) {
            assertTrue(in != null, SHARED + " is not on the test classpath (service-common test-jar, python/)");
            Files.copy(in, dir.resolve(SHARED));
        }
        dir.resolve(SHARED).toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return dir;
    }
}
