package gov.qinghai.followup.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list with the total count, so clients can page without guessing. */
public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageQuery q, long total) {
        return new Page<>(items, q.page, q.size, total, (int) ((total + q.size - 1) / q.size));
    }

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageQuery q, Function<E, T> map) {
        return ofRows(query, q, rows -> rows.stream().map(map).toList());
    }

    /**
     * A page whose rows are mapped together, so what they name (an institution, a subject, a delivery) is looked up
     * once for the page, not once per row (no N+1). {@code map} keeps the rows' order.
     */
    public static <E, T> Page<T> ofRows(PanacheQuery<E> query, PageQuery q, Function<List<E>, List<T>> map) {
        return of(map.apply(query.page(q.page, q.size).list()), q, query.count());
    }
}
