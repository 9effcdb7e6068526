package gov.qinghai.followup.actionplan.seed;

import gov.qinghai.followup.common.testing.GazetteParsers;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The gazette parser of 青政办〔2017〕135号 (scripts/parse_tasks.py) passes its own unit tests, and running it on the
 * gazette writes exactly the committed seeds (seed/tasks.csv, task_units.csv, units.csv, collectives.csv,
 * task_unit_members.csv, indicators.csv, safeguards.csv, notes.csv): the build fails when a seed is edited by hand
 * or the parser changes without its seed. Needs python3 (standard library only) and the gazette text (environment
 * GAZETTE, default docs/gazette/000_6bc5adcb762922b6.txt, committed).
 */
class ParsersTest {

    @Test
    void parserPassesItsTestsAndReproducesTheCommittedSeeds() throws IOException, InterruptedException {
        GazetteParsers.assertTheyPassAndReproduceTheCommittedSeeds();
    }
}
