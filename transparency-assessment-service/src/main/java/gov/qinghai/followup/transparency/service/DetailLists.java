package gov.qinghai.followup.transparency.service;

import gov.qinghai.followup.common.problem.Detail;
import java.util.List;

/** A list of keyed details as one detail, each item rendered in the answer's language ("a, b, c" / "a；b；c"). */
final class DetailLists {
    private DetailLists() {
    }

    /** The items joined in order; an item may be a Detail (rendered in the same language) or any value. */
    static Detail join(List<?> items) {
        if (items.isEmpty()) {
            return Detail.of("tr.list.empty", "none");
        }
        Object joined = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            joined = Detail.of("tr.list.join", "{0}, {1}", items.get(i), joined);
        }
        return joined instanceof Detail d ? d : Detail.of("tr.list.one", "{0}", joined);
    }
}
