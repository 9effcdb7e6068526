package gov.qinghai.followup.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * For each service's ParsersTest: runs the module's gazette-parser tests ({@code scripts/test_parsers.py}, Python 3
 * standard library only), which include rerunning the parsers on the committed gazette and comparing every seed
 * byte for byte. The build fails when a seed is edited by hand or a parser changes without its seed.
 */
public final class GazetteParsers {
    private GazetteParsers() {
    }

    public static void assertTheyPassAndReproduceTheCommittedSeeds() throws IOException, InterruptedException {
        Path module = Path.of(System.getProperty("user.dir"));
        assertTrue(Files.isRegularFile(module.resolve("scripts/test_parsers.py")), "run from the module directory");
        Process p = new ProcessBuilder("python3", "-B", "-m", "unittest", "discover", "-s", "scripts", "-p", "test_*.py")
                .directory(module.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the parser tests in scripts/ did not finish in 120 s");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("\nOK"), out);
    }
}
