package gov.qinghai.followup.transparency.seed;

import gov.qinghai.followup.common.testing.GazetteParsers;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The gazette parsers (scripts/parse_*.py) pass their own unit tests, and running them on the gazette writes exactly
 * the committed seeds (seed/scheme_2017.csv, seed/pilot_areas.csv, V5__provincial_departments.sql): the build fails
 * when a seed is edited by hand or a parser changes without its seed. Needs python3 (standard library only) and the
 * gazette text (GAZETTE, default docs/gazette/000_6bc5adcb762922b6.txt, committed).
 */
class ParsersTest {

    @Test
    void parsersPassTheirTestsAndReproduceTheCommittedSeeds() throws IOException, InterruptedException {
        GazetteParsers.assertTheyPassAndReproduceTheCommittedSeeds();
    }
}
