package gov.qinghai.followup.common.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobFreshnessTest {
    private static final double INSTALLED = 1_800_000_000;

    @Test
    void aJobThatNeverCompletedAPeriodOwesItsFirstSinceTheInstall() {
        Map<JobFreshness.Key, double[]> completed = Map.of(
                new JobFreshness.Key("monthly-reminders", "month"), new double[] {1_700_000_000, 1_700_100_000});
        Map<JobFreshness.Key, double[]> all = JobFreshness.withNeverCompleted(completed,
                List.of("monthly-reminders", "overdue-scan"), INSTALLED);

        assertEquals(2, all.size());
        assertArrayEquals(new double[] {1_700_000_000, 1_700_100_000}, all.get(new JobFreshness.Key("monthly-reminders", "month")));
        double[] never = all.get(new JobFreshness.Key("overdue-scan", JobFreshness.NONE));
        assertEquals(INSTALLED, never[0], "the period-end gauge of a never-completed job is the install time");
        assertTrue(Double.isNaN(never[1]), "no run ever finished");
        assertFalse(all.containsKey(new JobFreshness.Key("monthly-reminders", JobFreshness.NONE)),
                "a job that completed a period has no none series");
    }

    @Test
    void onceTheJobCompletesAPeriodItsNoneSeriesIsGone() {
        assertEquals(Map.of(), JobFreshness.withNeverCompleted(Map.of(), List.of(), INSTALLED));
        Map<JobFreshness.Key, double[]> after = JobFreshness.withNeverCompleted(
                Map.of(new JobFreshness.Key("overdue-scan", "day"), new double[] {1, 2}), List.of("overdue-scan"), INSTALLED);
        assertEquals(List.of(new JobFreshness.Key("overdue-scan", "day")), List.copyOf(after.keySet()));
    }
}
