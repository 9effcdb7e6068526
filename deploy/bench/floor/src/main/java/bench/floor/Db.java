package bench.floor;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.util.PGobject;

/** Plain JDBC over the Agroal pool: one connection per request, the statements of the path, rows as JSON objects. */
@ApplicationScoped
public class Db {
    @Inject
    AgroalDataSource ds;

    /** A unit of work on one pooled connection (as one request of a service holds one connection). */
    public interface Work<T> {
        T run(Conn c) throws SQLException;
    }

    public <T> T with(Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.run(new Conn(c));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Conn {
        private final Connection c;

        Conn(Connection c) {
            this.c = c;
        }

        public List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    Object p = params[i];
                    if (p instanceof Long[] longs) {
                        ps.setArray(i + 1, c.createArrayOf("bigint", longs));
                    } else {
                        ps.setObject(i + 1, p);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    List<Map<String, Object>> out = new ArrayList<>();
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= n; i++) {
                            String key = md.getColumnLabel(i);
                            if (row.containsKey(key)) {
                                key = key + "_" + i;
                            }
                            row.put(key, value(rs.getObject(i)));
                        }
                        out.add(row);
                    }
                    return out;
                }
            }
        }

        public Map<String, Object> one(String sql, Object... params) throws SQLException {
            List<Map<String, Object>> r = rows(sql, params);
            return r.isEmpty() ? null : r.get(0);
        }

        public long count(String sql, Object... params) throws SQLException {
            return ((Number) one(sql, params).values().iterator().next()).longValue();
        }

        private static Object value(Object v) throws SQLException {
            if (v instanceof Array a) {
                return a.getArray();
            }
            if (v instanceof PGobject o) {
                return o.getValue();
            }
            if (v instanceof Timestamp t) {
                return t.toInstant().toString();
            }
            if (v instanceof java.sql.Date d) {
                return d.toString();
            }
            return v;
        }
    }
}
