package gov.qinghai.followup.actionplan.domain;

import java.math.BigDecimal;

/** Decimal figures as people write them: 600, not 600.0000 nor 6E+2. */
public final class Numbers {
    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
