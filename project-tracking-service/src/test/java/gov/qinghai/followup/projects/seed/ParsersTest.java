package gov.qinghai.followup.projects.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gazette parser of 青政办〔2017〕134号's 第十八届青洽会签约项目责任分工表 (scripts/parse_projects.py) passes its own unit tests, and
 * running it on the gazette writes exactly the committed seeds (seed/projects.csv, groups.csv): the build fails when
 * a seed is edited by hand or the parser changes without its seed. Needs python3 (standard library only) and the
 * gazette text (environment GAZETTE, default docs/gazette/000_6bc5adcb762922b6.txt, committed).
 */
class ParsersTest {

    @Test
    void parserPassesItsTestsAndReproducesTheCommittedSeeds() throws IOException, InterruptedException {
        Path module = Path.of(System.getProperty("user.dir"));
        assertTrue(Files.isRegularFile(module.resolve("scripts/test_parsers.py")), "run from the module directory");
        Process p = new ProcessBuilder("python3", "-B", "-m", "unittest", "discover", "-s", "scripts", "-p", "test_*.py")
                .directory(module.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the parser's tests did not finish in 120 s");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("\nOK"), out);
    }
}
