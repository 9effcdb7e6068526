package gov.qinghai.followup.medical.seed;

import gov.qinghai.followup.common.testing.GazetteParsers;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The gazette parser of 青政办〔2017〕140号 (scripts/parse_140.py) passes its own unit tests, and running it on the
 * gazette writes exactly the committed seeds (seed/institutions.csv, alliances.csv, notice_targets.csv,
 * family_doctor_targets.csv): the build fails when a seed is edited by hand or the parser changes without its seed.
 * Needs python3 (standard library only) and the gazette text (environment GAZETTE, default
 * docs/gazette/000_6bc5adcb762922b6.txt, committed).
 */
class ParsersTest {

    @Test
    void parserPassesItsTestsAndReproducesTheCommittedSeeds() throws IOException, InterruptedException {
        GazetteParsers.assertTheyPassAndReproduceTheCommittedSeeds();
    }
}
