package gov.qinghai.followup.common.outbox;

/**
 * How a message travels: e-mail (quarkus-mailer, SMTP_*), a JSON POST to a webhook, or a signed CloudEvent POST to
 * an event subscription (address {@code subscription/<id>}; URL and secrets are the subscription's, see
 * {@link EventEndpoints}).
 */
public enum Channel { EMAIL, WEBHOOK, EVENT }
