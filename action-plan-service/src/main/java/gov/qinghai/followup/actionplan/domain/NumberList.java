package gov.qinghai.followup.actionplan.domain;

import java.util.Arrays;
import java.util.List;

/** The comma-separated numbers the reminder job writes (task numbers, finding ids). */
public final class NumberList {
    private NumberList() {
    }

    /** Empty for null or blank. */
    public static List<Long> parse(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
    }
}
