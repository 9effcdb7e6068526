package gov.qinghai.followup.common.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The tables every service has (job_run, revinfo and its sequence, idempotency_record) are defined once in
 * db/operations V149; the four services made them earlier in their own migrations. Each service's migrations, with
 * the shared locations, are applied to a scratch schema of the test database, and so is db/operations alone (V149's
 * own definition): all five must define these tables alike, column by column, constraint by constraint, index by
 * index, comment by comment; and a brand-new service with only the shared locations migrates from an empty schema
 * (the outbox's audit table needs revinfo before V149) to the same definition. The scratch schemas are dropped
 * afterwards.
 */
class SharedTablesTest {
    static final List<String> SERVICES = List.of("project-tracking-service", "transparency-assessment-service",
            "action-plan-service", "medical-alliance-service");
    static final List<String> TABLES = List.of("idempotency_record", "job_run", "revinfo");
    static final String[] SHARED = {"classpath:db/quartz", "classpath:db/outbox", "classpath:db/reports",
            "classpath:db/operations"};

    /**
     * A brand-new service: no migration of its own, only the shared locations. The outbox's audit table (V29) needs
     * revinfo before V149 defines it; db/outbox's beforeEachMigrate callback makes it in time, as V149 would.
     */
    static final String NEW_SERVICE = "(a new service)";

    static final String URL = env("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/qinghai_test");
    static final String USER = env("DB_USER", "postgres");
    static final String PASSWORD = env("DB_PASSWORD", "postgres");

    @Test
    void everyServiceAndTheSharedMigrationsAloneDefineTheSharedTablesAlike() throws SQLException {
        Map<String, String> schemas = new LinkedHashMap<>();
        schemas.put("shared_only", null);
        for (String service : SERVICES) {
            schemas.put("shared_ddl_" + service.replace('-', '_'), service);
        }
        schemas.put("shared_ddl_new_service", NEW_SERVICE);
        try {
            Map<String, List<String>> definitions = new LinkedHashMap<>();
            for (Map.Entry<String, String> s : schemas.entrySet()) {
                migrate(s.getKey(), s.getValue());
                definitions.put(s.getKey(), describe(s.getKey()));
            }
            List<String> expected = definitions.get("shared_only");
            assertFalse(expected.isEmpty());
            assertTrue(expected.stream().anyMatch(l -> l.startsWith("job_run.items integer NO 0")), expected.toString());
            assertTrue(expected.contains("sequence revinfo_seq increment 50 start 1"), expected.toString());
            try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select count(*) from information_schema.tables where table_name = 'revinfo' "
                            + "and table_schema not like 'shared_ddl%' and table_schema <> 'shared_only' "
                            + "and table_schema = 'public'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the callback makes revinfo in the service's schema, not in public");
            }
            definitions.forEach((schema, definition) -> assertEquals(String.join("\n", expected),
                    String.join("\n", definition), schema + " defines the shared tables differently"));
        } finally {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                for (String schema : schemas.keySet()) {
                    st.execute("drop schema if exists " + schema + " cascade");
                }
            }
        }
    }

    private static void migrate(String schema, String service) {
        List<String> locations = new ArrayList<>(List.of(SHARED));
        if (service == null) {
            locations = List.of("classpath:db/operations"); // V149's own definition
        } else if (!service.equals(NEW_SERVICE)) {
            locations.add(0, "filesystem:../" + service + "/src/main/resources/db/migration");
        }
        Flyway flyway = Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(schema).defaultSchema(schema)
                .createSchemas(true).cleanDisabled(false).locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true).load();
        flyway.clean();
        flyway.migrate();
    }

    /** The shared tables of a schema as lines that do not name the schema. */
    private static List<String> describe(String schema) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = connect()) {
            query(c, lines, """
                    select table_name || '.' || column_name || ' ' || data_type
                           || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable || ' '
                           || coalesce(column_default, '-') || ' ' || coalesce(col_description(
                               (quote_ident(table_schema) || '.' || quote_ident(table_name))::regclass, ordinal_position), '-')
                    from information_schema.columns where table_schema = ?1 and table_name = any(?2)
                    order by table_name, ordinal_position""", schema);
            query(c, lines, """
                    select 'constraint ' || t.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
                    from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_namespace n on n.oid = t.relnamespace
                    where n.nspname = ?1 and t.relname = any(?2) order by t.relname, k.conname""", schema);
            query(c, lines, """
                    select 'index ' || indexname || ' ' || replace(indexdef, ' ' || schemaname || '.', ' ')
                    from pg_indexes where schemaname = ?1 and tablename = any(?2) order by indexname""", schema);
            query(c, lines, """
                    select 'comment ' || c.relname || ' ' || coalesce(obj_description(c.oid, 'pg_class'), '-')
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = ?1 and c.relname = any(?2) and c.relkind = 'r' order by c.relname""", schema);
            query(c, lines, """
                    select 'sequence ' || sequencename || ' increment ' || increment_by || ' start ' || start_value
                    from pg_sequences where schemaname = ?1 and sequencename = 'revinfo_seq' and ?2 is not null""",
                    schema);
        }
        return lines;
    }

    private static void query(Connection c, List<String> into, String sql, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.replace("?1", "?").replace("?2", "?"))) {
            ps.setString(1, schema);
            ps.setArray(2, c.createArrayOf("text", TABLES.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.add(rs.getString(1));
                }
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
