-- Subscription secrets at rest are sealed with AES-256-GCM under EVENTS_SECRET_KEY (common.events.SecretCipher):
-- 'v1:' + base64 of nonce, ciphertext and tag, longer than the plain 'whsec_' secret. A row written before (plain
-- text) is sealed at the first start with the key (Subscriptions.sealPlainSecrets): SQL does not hold the key.
alter table event_subscription alter column secret type varchar(200);
alter table event_subscription alter column previous_secret type varchar(200);

-- Who changed a subscription and when (Envers, common.events.EventSubscription): create, rotate, pause, resume and the
-- automatic pause after failures (by 'system'). Only these fields are copied: never a secret. GET
-- /api/v1/subscriptions/{id}/history reads them.
create table event_subscription_aud (
    id                uuid          not null,
    rev               integer       not null references revinfo (rev),
    revtype           smallint,
    url               varchar(500),
    event_types       varchar(4000),
    unit              varchar(200),
    prefecture        varchar(20),
    description       varchar(500),
    state             varchar(10),
    paused_reason     varchar(10),
    paused_at         timestamptz,
    secret_rotated_at timestamptz,
    primary key (id, rev)
);
