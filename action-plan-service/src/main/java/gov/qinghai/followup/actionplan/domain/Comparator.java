package gov.qinghai.followup.actionplan.domain;

import java.math.BigDecimal;

/** How an indicator's actual is held against its target: ≥ (以上/不低于), ≤, = (全部/实现). */
public enum Comparator {
    GE("≥"), LE("≤"), EQ("=");

    public final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public boolean satisfied(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case GE -> c >= 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
        };
    }
}
