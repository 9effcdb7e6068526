package gov.qinghai.followup.projects.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rates as table rows for CSV/XLSX: what the JSON holds, each rate with the milestone's target, the gap to it and
 * its status as a person reads it (已达标/未达标 from the due date on, 进度正常/滞后 before, 134号 二), and
 * 无考核目标 where the fair has no milestone.
 */
public final class RateTables {
    public static final List<String> RATE_COLUMNS = List.of("key", "projects", "contracted", "started",
            "funds_in_place", "total_investment", "contract_fulfilment_rate", "construction_start_rate",
            "funds_in_place_rate", "contract_fulfilment_target", "contract_fulfilment_gap",
            "contract_fulfilment_status", "construction_start_target", "construction_start_gap",
            "construction_start_status", "funds_in_place_target", "funds_in_place_gap", "funds_in_place_status");

    /** 定期通报 as one table: the section (全省, 市州, 园区, 滞后单位), then the rate columns; 滞后单位 ranked. */
    public static final List<String> NOTICE_COLUMNS;

    static {
        List<String> c = new ArrayList<>(List.of("section", "rank", "as_of", "milestone_due"));
        c.addAll(RATE_COLUMNS);
        NOTICE_COLUMNS = List.copyOf(c);
    }

    private RateTables() {
    }

    /** A rate line with, for each rate, the milestone's target, the gap to it and its status label. */
    public static List<Object> row(RateLine l) {
        List<Object> row = new ArrayList<>(List.of(l.key(), l.projects(), l.contracted(), l.started(),
                l.fundsInPlace(), l.totalInvestment(), l.contractFulfilmentRate(), l.constructionStartRate(),
                l.fundsInPlaceRate()));
        RateLine.Versus v = l.versus();
        for (RateLine.Gap g : v == null ? Arrays.<RateLine.Gap>asList(null, null, null)
                : List.of(v.contractFulfilment(), v.constructionStart(), v.fundsInPlace())) {
            row.add(g == null ? null : g.target());
            row.add(g == null ? null : g.gap());
            row.add(g == null ? Exports.text("no_milestone") : Exports.label(g.status()));
        }
        return row;
    }

    public static List<List<Object>> rows(Rates.Result r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(r.overall()));
        r.groups().forEach(l -> rows.add(row(l)));
        return rows;
    }

    /** Every line of the notice, in the order it is read: 全省, each 市州, each park, then the units behind. */
    public static List<List<Object>> notice(SupervisionNotice.Notice n) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(noticeRow("全省", null, n, n.overall()));
        n.byPrefecture().forEach(l -> rows.add(noticeRow("市州", null, n, l)));
        n.byPark().forEach(l -> rows.add(noticeRow("园区", null, n, l)));
        for (int i = 0; i < n.unitsBehind().size(); i++) {
            rows.add(noticeRow("开工率滞后单位", i + 1, n, n.unitsBehind().get(i)));
        }
        return rows;
    }

    private static List<Object> noticeRow(String section, Integer rank, SupervisionNotice.Notice n, RateLine l) {
        List<Object> row = new ArrayList<>(Arrays.asList(section, rank, n.asOf(),
                n.milestone() == null ? null : n.milestone().dueDate()));
        row.addAll(row(l));
        return row;
    }
}
