package gov.qinghai.followup.common.outbox;

import java.net.URI;
import java.util.Optional;

/**
 * How the admin API shows a recipient without its secrets. A webhook URL often carries a credential (a robot's
 * {@code ?access_token=…} or {@code ?key=…}, or {@code user:password@}): it is shown with user-info, query and
 * fragment replaced by {@code ***}, e.g. {@code https://oapi.dingtalk.com/robot/send?***}. An e-mail address is
 * shown as it is (the operator needs it to correct a bad address; it is what the message already carries).
 */
public final class OutboxAddresses {
    static final String MASK = "***";

    private OutboxAddresses() {
    }

    /** The address as the admin API shows it. */
    public static String display(Channel channel, String address) {
        if (channel != Channel.WEBHOOK || address == null) {
            return address;
        }
        try {
            URI u = URI.create(address);
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                return MASK;
            }
            StringBuilder b = new StringBuilder(u.getScheme()).append("://");
            String authority = u.getRawAuthority();
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                b.append(MASK).append('@').append(authority.substring(at + 1));
            } else {
                b.append(authority);
            }
            if (u.getRawPath() != null) {
                b.append(u.getRawPath());
            }
            if (u.getRawQuery() != null) {
                b.append('?').append(MASK);
            }
            if (u.getRawFragment() != null) {
                b.append('#').append(MASK);
            }
            return b.toString();
        } catch (IllegalArgumentException e) {
            return MASK;
        }
    }

    /** A text (e.g. the last delivery error) with the recipient's full address replaced by its shown form. */
    public static String scrub(String text, Channel channel, String address) {
        if (text == null || address == null || channel != Channel.WEBHOOK) {
            return text;
        }
        return text.replace(address, display(channel, address));
    }

    /**
     * For a recipient filter given in the shown form of a webhook ({@code https://host/path?***}): a LIKE pattern
     * (escape character {@code !}) that matches the stored addresses shown that way. Only the masked parts become
     * wildcards, and only a value that is its own shown form qualifies, so a filter cannot test a secret piece by
     * piece ({@code ?token=a***} is compared as it is, and matches nothing).
     */
    public static Optional<String> shownFormPattern(String filter) {
        if (filter == null || !filter.contains(MASK) || !filter.equals(display(Channel.WEBHOOK, filter))) {
            return Optional.empty();
        }
        URI u = URI.create(filter);
        if (u.getScheme() == null || u.getRawAuthority() == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(escape(u.getScheme() + "://"));
        String authority = u.getRawAuthority();
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            b.append("%@").append(escape(authority.substring(at + 1)));
        } else {
            b.append(escape(authority));
        }
        b.append(escape(u.getRawPath() == null ? "" : u.getRawPath()));
        if (u.getRawQuery() != null) {
            b.append("?%");
        }
        if (u.getRawFragment() != null) {
            b.append("#%");
        }
        return Optional.of(b.toString());
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
