package gov.qinghai.followup.common.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Reads and fault injection straight on the service's schema, for proofs the API alone cannot give. */
public final class Sql {
    private Sql() {
    }

    public static long count(DataSource ds, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Makes inserts into {@code table} fail while a text column holds {@code marker}: a write whose audit row hits
     * it must leave nothing behind. Returns the statement that removes the trigger again.
     */
    public static String failInsertsWhen(DataSource ds, String table, String column, String marker) {
        String name = "fail_" + table;
        execute(ds, "create or replace function " + name + "() returns trigger language plpgsql as $$ begin "
                + "if new." + column + " = '" + marker.replace("'", "''") + "' then "
                + "raise exception 'injected failure on " + table + "'; end if; return new; end $$");
        execute(ds, "create trigger " + name + " before insert on " + table + " for each row execute function "
                + name + "()");
        return "drop trigger " + name + " on " + table + "; drop function " + name + "()";
    }
}
