package gov.qinghai.followup.projects.seed;

import gov.qinghai.followup.common.testing.GazetteParsers;
import java.io.IOException;
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
        GazetteParsers.assertTheyPassAndReproduceTheCommittedSeeds();
    }
}
