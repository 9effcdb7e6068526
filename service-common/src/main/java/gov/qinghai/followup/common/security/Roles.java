package gov.qinghai.followup.common.security;

/** The four roles of DESIGN.md; a {@code reporter} token carries a {@code unit} claim. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String REPORTER = "reporter";
    public static final String VIEWER = "viewer";
    public static final String UNIT_CLAIM = "unit";

    private Roles() {
    }
}
