package gov.qinghai.followup.common.labels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** For each service's LabelsTest: every constant of the enums that reach a person has a Chinese label. */
public final class LabelCoverage {
    private LabelCoverage() {
    }

    @SafeVarargs
    public static void assertEveryConstantLabelled(Class<? extends Enum<?>>... enums) {
        Labels labels = Labels.get();
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> e : enums) {
            for (Enum<?> c : e.getEnumConstants()) {
                if (labels.find(Labels.key(c)).isEmpty()) {
                    missing.add(Labels.key(c));
                }
            }
        }
        assertTrue(missing.isEmpty(), "no Chinese label in labels.properties for " + missing);
    }
}
