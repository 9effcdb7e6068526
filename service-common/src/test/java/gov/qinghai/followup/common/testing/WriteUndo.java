package gov.qinghai.followup.common.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Deletes the rows written to the service's schema after a snapshot, so a harness that sends writes (the hostile-input
 * run: creations with odd data are accepted) leaves the shared test schema as it found it. A row counts as written
 * after the snapshot when its table's single whole-number key is above the largest key at the snapshot, when a
 * foreign key of it points at such a row (element tables, audit rows of a new revision), or, in a table without such
 * a key, when its created_at/started_at is not before the snapshot (idempotency records, job claims). Rows that were
 * there before are never deleted, even if changed. Deletes run in passes until no foreign key holds one back.
 */
public final class WriteUndo {
    private static final List<String> TIME_COLUMNS = List.of("created_at", "started_at");

    private final DataSource ds;
    private final String since;
    /** table → its whole-number key column and the largest key at the snapshot (null: the table was empty). */
    private final Map<String, Map.Entry<String, Long>> keys = new LinkedHashMap<>();
    /** table → the time column of a table without a whole-number key. */
    private final Map<String, String> timed = new LinkedHashMap<>();
    /** table → (column → referenced table) of single-column foreign keys to keyed tables. */
    private final Map<String, Map<String, String>> references = new HashMap<>();

    private WriteUndo(DataSource ds, String since) {
        this.ds = ds;
        this.since = since;
    }

    /** The state of the data source's current schema now (Flyway's and Quartz's tables aside). */
    public static WriteUndo snapshot(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            String now;
            try (ResultSet rs = st.executeQuery("select clock_timestamp()::text")) {
                rs.next();
                now = rs.getString(1);
            }
            WriteUndo undo = new WriteUndo(ds, now);
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = current_schema() and table_type = 'BASE TABLE'
                      and table_name <> 'flyway_schema_history' and table_name not like 'qrtz\\_%'
                    order by table_name""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                String key = single(c, """
                        select a.attname from pg_index i
                        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                        where i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
                          and i.indisprimary and array_length(i.indkey::int2[], 1) = 1
                          and a.atttypid in ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)""", table);
                if (key != null) {
                    String max = single(c, "select max(" + quote(key) + ")::text from " + quote(table));
                    undo.keys.put(table, Map.entry(key, max == null ? Long.MIN_VALUE : Long.parseLong(max)));
                } else {
                    for (String column : TIME_COLUMNS) {
                        if (single(c, """
                                select column_name from information_schema.columns where table_schema = current_schema()
                                  and table_name = ? and column_name = ? and data_type like 'timestamp%'""",
                                table, column) != null) {
                            undo.timed.put(table, column);
                            break;
                        }
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    select t.relname, a.attname, p.relname from pg_constraint k
                    join pg_class t on t.oid = k.conrelid join pg_class p on p.oid = k.confrelid
                    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                    join pg_namespace n on n.oid = t.relnamespace
                    where k.contype = 'f' and n.nspname = current_schema() and array_length(k.conkey, 1) = 1""")) {
                while (rs.next()) {
                    if (undo.keys.containsKey(rs.getString(3))) {
                        undo.references.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getString(3));
                    }
                }
            }
            return undo;
        } catch (SQLException e) {
            throw new IllegalStateException("could not snapshot the schema", e);
        }
    }

    /** Deletes what was written since the snapshot; returns the rows deleted per table. */
    public Map<String, Integer> restore() {
        Map<String, Integer> deleted = new TreeMap<>();
        List<String> statements = new ArrayList<>();
        keys.forEach((table, key) -> statements.add("delete from " + quote(table) + " where " + quote(key.getKey())
                + " > " + key.getValue()));
        references.forEach((table, columns) -> columns.forEach((column, target) -> statements.add("delete from "
                + quote(table) + " where " + quote(column) + " > " + keys.get(target).getValue())));
        timed.forEach((table, column) -> statements.add("delete from " + quote(table) + " where " + quote(column)
                + " >= '" + since + "'::timestamptz"));
        try (Connection c = ds.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                Map<String, String> blocked = new LinkedHashMap<>();
                for (int pass = 0; pass < 10; pass++) {
                    blocked.clear();
                    boolean progress = false;
                    for (String sql : statements) {
                        Savepoint sp = c.setSavepoint();
                        try {
                            int n = st.executeUpdate(sql);
                            c.releaseSavepoint(sp);
                            if (n > 0) {
                                progress = true;
                                deleted.merge(sql.split(" ")[2], n, Integer::sum);
                            }
                        } catch (SQLException e) {
                            c.rollback(sp);
                            blocked.put(sql, e.getMessage());
                        }
                    }
                    if (blocked.isEmpty() || !progress) {
                        break;
                    }
                }
                if (!blocked.isEmpty()) {
                    c.rollback();
                    throw new AssertionError("rows written by the run could not be deleted: " + blocked);
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete the rows written by the run", e);
        }
        return deleted;
    }

    private static String single(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
