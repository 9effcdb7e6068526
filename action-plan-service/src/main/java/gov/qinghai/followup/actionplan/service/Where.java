package gov.qinghai.followup.actionplan.service;

import io.quarkus.panache.common.Parameters;
import java.util.Map;

/** The HQL condition of a list's filters: a filter the request leaves unset (null) does not apply. */
final class Where {
    private final StringBuilder query = new StringBuilder("1 = 1");
    private final Parameters params = new Parameters();

    /** {@code path = :name} when the value is set. */
    Where equal(String path, String name, Object value) {
        return value == null ? this : and(path + " = :" + name, name, value);
    }

    /** A condition with one parameter. */
    Where and(String condition, String name, Object value) {
        query.append(" and ").append(condition);
        params.and(name, value);
        return this;
    }

    /** A condition without parameters, when it applies. */
    Where and(boolean applies, String condition) {
        if (applies) {
            query.append(" and ").append(condition);
        }
        return this;
    }

    String query() {
        return query.toString();
    }

    Map<String, Object> params() {
        return params.map();
    }
}
