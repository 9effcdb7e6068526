package gov.qinghai.followup.common.outbox;

/** How a message travels: e-mail (quarkus-mailer, SMTP_*) or a JSON POST to a webhook. */
public enum Channel { EMAIL, WEBHOOK }
