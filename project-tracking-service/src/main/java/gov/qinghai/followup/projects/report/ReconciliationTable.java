package gov.qinghai.followup.projects.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reconciliation as one table for CSV/XLSX: each unit's declared 项数 and 小计 against the rows, each headline
 * figure of the notice against the table (with the difference and, for a share, the total it implies), and each
 * statistical outlier's effect on each headline figure. Nothing is corrected: every row says whether it agrees.
 */
public final class ReconciliationTable {
    public static final List<String> COLUMNS = List.of("section", "item", "stated", "computed", "difference",
            "agreement", "note");

    private ReconciliationTable() {
    }

    public static List<List<Object>> rows(ReconciliationReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("全表", "签约项目行数", null, BigDecimal.valueOf(r.rows()), null, null,
                "有投资额的行 " + r.rowsWithAmount() + "，合计 " + r.tableTotal().toPlainString() + " 亿元"));
        for (ReconciliationReport.UnitLine u : r.units()) {
            rows.add(row("责任单位", u.unit() + " 项目数",
                    u.declaredCount() == null ? null : BigDecimal.valueOf(u.declaredCount()),
                    BigDecimal.valueOf(u.computedCount()), u.declaredCount() == null ? null
                            : BigDecimal.valueOf(u.computedCount() - u.declaredCount()), agreement(u.countAgrees()),
                    null));
            rows.add(row("责任单位", u.unit() + " 小计(亿元)", u.declaredSubtotal(), u.computedSubtotal(),
                    u.declaredSubtotal() == null ? null : u.computedSubtotal().subtract(u.declaredSubtotal()),
                    agreement(u.subtotalAgrees()), u.rowsWithoutAmount() > 0
                            ? u.rowsWithoutAmount() + " 行无投资额" : null));
        }
        for (ReconciliationReport.Headline h : r.headlineFigures()) {
            String implied = h.impliedTotal() == null ? null : "按所述金额与占比推算总额 " + h.impliedTotal().toPlainString()
                    + " 亿元（两数均为约数时 " + h.impliedTotalLow().toPlainString() + "–"
                    + h.impliedTotalHigh().toPlainString() + "）";
            rows.add(row("通报数字", h.noticeText(), h.stated(), h.computed(), h.difference(), h.agreementLabel(),
                    join(h.measureLabel() + "；" + h.source(), implied)));
        }
        for (ReconciliationReport.OutlierEffect e : r.outlierEffects()) {
            rows.add(row("异常值影响", "序号 " + e.seq() + " " + e.name() + "（" + e.totalInvestment().toPlainString()
                    + " 亿元）对 " + e.key(), e.computed(), e.withoutIt(), e.withoutIt().subtract(e.computed()),
                    Exports.text(e.agreesWithoutIt() ? "agrees" : "disagrees"), "不含此项时的数字及其与通报是否相符"));
        }
        return rows;
    }

    private static String agreement(Boolean agrees) {
        return agrees == null ? null : Exports.text(agrees ? "agrees" : "disagrees");
    }

    private static String join(String a, String b) {
        return b == null ? a : a + "；" + b;
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
