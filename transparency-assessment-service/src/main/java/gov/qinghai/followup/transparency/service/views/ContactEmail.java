package gov.qinghai.followup.transparency.service.views;

/** What the outbox takes as an e-mail address (service-common Recipient); @Email alone lets quoted spaces in. */
public final class ContactEmail {
    public static final String PATTERN = "[^@\\s]+@[^@\\s]+";
    public static final String MESSAGE = "must be an e-mail address without spaces";

    private ContactEmail() {
    }
}
