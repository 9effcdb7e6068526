package gov.qinghai.followup.common.outbox;

import java.net.URI;
import java.util.Objects;

/**
 * Where a message goes: an e-mail address or a webhook URL. Messages keep their order per recipient (same
 * channel and address): a recipient gets nothing newer while an older message to them is undelivered.
 */
public record Recipient(Channel channel, String address) {
    static final int MAX_ADDRESS = 500;

    public Recipient {
        Objects.requireNonNull(channel, "channel");
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS) {
            throw new IllegalArgumentException("recipient address must have 1 to " + MAX_ADDRESS + " characters");
        }
        if (channel == Channel.WEBHOOK && !isHttpUrl(address)) {
            throw new IllegalArgumentException("webhook address must be an http(s) URL: " + address);
        }
        if (channel == Channel.EVENT && !address.matches("subscription/[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("event recipient must be subscription/<uuid>: " + address);
        }
        if (channel == Channel.EMAIL && !address.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("not an e-mail address: " + address);
        }
    }

    public static Recipient email(String address) {
        return new Recipient(Channel.EMAIL, address);
    }

    public static Recipient webhook(String url) {
        return new Recipient(Channel.WEBHOOK, url);
    }

    /** The queue of one event subscription (common.events): its own order, paused and resumed with it. */
    public static Recipient subscription(java.util.UUID id) {
        return new Recipient(Channel.EVENT, "subscription/" + id);
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = URI.create(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
