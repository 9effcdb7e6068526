package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.projects.domain.ProjectRow;
import gov.qinghai.followup.projects.domain.QualityFlag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a fair's project table, shared by the seed CSV, admin imports and exports. Headers may be
 * the English keys or the table's Chinese headings (序号, 责任单位, 项目名称, …). Every bad cell becomes an
 * error with its line and column; nothing is guessed.
 */
public final class ProjectTable {
    public static final List<String> COLUMNS = List.of("seq", "unit", "name", "party_a", "party_b",
            "total_investment", "fund_sources", "responsible_leader", "responsible_persons", "source_line",
            "quality_flags");
    private static final Set<String> REQUIRED = Set.of("seq", "unit", "name");
    /**
     * The table's Chinese headings (序号, 责任单位, …, as the attachment of 134号 writes them, and 原表行号, 数据质量标记
     * of the export): the headings of column.* in labels.properties, so an export is imported back as it is.
     */
    private static final Map<String, String> ALIASES = aliases();
    public static final int MAX_ROWS = 200_000;

    public record RowError(int line, String column, String message) {
    }

    private ProjectTable() {
    }

    private static Map<String, String> aliases() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String c : COLUMNS) {
            m.put(Labels.get().heading(c).replace('（', '(').replace('）', ')'), c);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A flag as written: its machine name (NAME_ONLY) or its label (仅有项目名称), as an export writes it. */
    static QualityFlag flag(String written) {
        for (QualityFlag f : QualityFlag.values()) {
            if (f.name().equals(written) || Labels.get().of(f).equals(written)) {
                return f;
            }
        }
        throw new IllegalArgumentException(written);
    }

    /**
     * Checks a table line by line (the header first), so an upload of any size is read once and never held whole:
     * every bad cell becomes an error; a row without errors comes back as a {@link ProjectRow}.
     */
    public static final class Checker {
        private final Set<String> knownUnits;
        private final List<RowError> errors = new ArrayList<>();
        private final Set<Integer> seenSeq = new HashSet<>();
        private final Set<String> unknownUnits = new java.util.LinkedHashSet<>();
        private final Map<String, String> written = new HashMap<>();
        private Map<String, Integer> index;
        private boolean headerOk;
        private int rows;

        public Checker(Set<String> knownUnits) {
            this.knownUnits = knownUnits;
        }

        /** The line's row when it is a data row without errors; null for the header and for rows in error. */
        public ProjectRow check(TableFiles.Line line) {
            if (index == null) {
                index = header(line, errors, written);
                headerOk = errors.isEmpty();
                return null;
            }
            if (!headerOk || ++rows > MAX_ROWS) {
                if (rows == MAX_ROWS + 1) {
                    errors.add(new RowError(line.number(), null, "at most " + MAX_ROWS + " rows per import"));
                }
                return null;
            }
            Cells c = new Cells(line, index, written, errors);
            Integer seq = c.integer("seq", true);
            if (seq != null && seq <= 0) {
                c.error("seq", "must be a positive number");
            } else if (seq != null && !seenSeq.add(seq)) {
                c.error("seq", "序号 " + seq + " appears twice");
            }
            String unit = c.text("unit", true);
            if (unit != null && !knownUnits.contains(unit)) {
                unknownUnits.add(unit);
                c.error("unit", "unknown responsible unit '" + unit + "': an admin adds it with POST /api/v1/units");
            }
            String name = c.text("name", true);
            BigDecimal amount = c.amount("total_investment");
            Set<QualityFlag> flags = c.flags("quality_flags");
            Integer sourceLine = c.integer("source_line", false);
            if (c.failed) {
                return null;
            }
            return new ProjectRow(seq, unit, name, c.text("party_a", false), c.text("party_b", false), amount,
                    c.text("fund_sources", false), c.text("responsible_leader", false),
                    c.text("responsible_persons", false), sourceLine == null ? line.number() : sourceLine, flags);
        }

        /** Every error so far, including, once the table is read, an empty file. */
        public List<RowError> errors() {
            if (index == null && errors.isEmpty()) {
                errors.add(new RowError(1, null, "the file is empty; expected a header row: " + String.join(",", COLUMNS)));
            }
            return errors;
        }

        /** Every 责任单位 named by the table that is not known, in the order first met. */
        public List<String> unknownUnits() {
            return List.copyOf(unknownUnits);
        }

        /** Whether a row read so far had an error (rows after it are still checked, but nothing is written). */
        public boolean failed() {
            return !errors.isEmpty();
        }
    }

    /** Errors name a column as the file's header writes it ({@code written}: key → heading as written). */
    private static Map<String, Integer> header(TableFiles.Line head, List<RowError> errors, Map<String, String> written) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < head.cells().size(); i++) {
            String asWritten = head.cell(i).replace("\uFEFF", "");
            String h = asWritten.replace('（', '(').replace('）', ')');
            String key = ALIASES.getOrDefault(h, h);
            if (!COLUMNS.contains(key)) {
                errors.add(new RowError(head.number(), asWritten, "unknown column; expected " + String.join(", ", COLUMNS)
                        + " or the table's headings " + String.join(", ", ALIASES.keySet())));
            } else if (index.put(key, i) != null) {
                errors.add(new RowError(head.number(), asWritten, "column appears twice"));
            } else {
                written.put(key, asWritten);
            }
        }
        for (String r : REQUIRED) {
            if (!index.containsKey(r)) {
                errors.add(new RowError(head.number(), r, "required column is missing"));
            }
        }
        return index;
    }

    private static final class Cells {
        final TableFiles.Line line;
        final Map<String, Integer> index;
        final Map<String, String> written;
        final List<RowError> errors;
        boolean failed;

        Cells(TableFiles.Line line, Map<String, Integer> index, Map<String, String> written, List<RowError> errors) {
            this.line = line;
            this.index = index;
            this.written = written;
            this.errors = errors;
        }

        String text(String column, boolean required) {
            Integer i = index.get(column);
            String v = i == null ? "" : line.cell(i);
            if (v.length() > 500) {
                error(column, "longer than 500 characters");
                return null;
            }
            if (v.isEmpty()) {
                if (required) {
                    error(column, "is required");
                }
                return null;
            }
            return v;
        }

        Integer integer(String column, boolean required) {
            String v = text(column, required);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                error(column, "'" + v + "' is not a whole number");
                return null;
            }
        }

        BigDecimal amount(String column) {
            String v = text(column, false);
            if (v == null) {
                return null;
            }
            if (!v.matches("^\\d{1,10}(\\.\\d{1,2})?$")) {
                error(column, "'" + v + "' is not an amount in 亿元 (a non-negative number with at most 2 decimals)");
                return null;
            }
            return new BigDecimal(v);
        }

        Set<QualityFlag> flags(String column) {
            String v = text(column, false);
            Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
            if (v != null) {
                for (String f : v.split("\\s+")) {
                    try {
                        flags.add(flag(f));
                    } catch (IllegalArgumentException e) {
                        error(column, "unknown flag '" + f + "'");
                    }
                }
            }
            return flags;
        }

        void error(String column, String message) {
            failed = true;
            errors.add(new RowError(line.number(), written.getOrDefault(column, column), message));
        }
    }
}
