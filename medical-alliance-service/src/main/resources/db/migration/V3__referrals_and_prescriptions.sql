-- 双向转诊 (140号 三(二)3–4) with a FHIR Task-aligned lifecycle, and 长处方 (三(二)3, at most 2 months).
-- Patients appear only as patient_ref = HMAC-SHA256(secret, national ID), hex: the national ID itself is
-- never stored (see service/PatientRefs.java).
-- status: REQUESTED, ACCEPTED, REJECTED, IN_PROGRESS, COMPLETED, CANCELLED (FHIR Task.status requested,
-- accepted, rejected, in-progress, completed, cancelled). priority: PRIORITY for 签约 patients
-- ("上级医院对签约患者提供优先接诊、优先检查、优先住院"), else ROUTINE.
create sequence referral_seq start with 1000 increment by 50;
create table referral (
    id                    bigint primary key,
    from_institution_id   bigint       not null references institution (id),
    to_institution_id     bigint       not null references institution (id),
    direction             varchar(10)  not null check (direction in ('UP', 'DOWN')),
    alliance_id           bigint       references alliance (id),
    out_of_alliance       boolean      not null,
    patient_ref           varchar(64)     not null,
    contracted            boolean      not null,
    priority              varchar(10)  not null check (priority in ('PRIORITY', 'ROUTINE')),
    reason                varchar(500) not null,
    status                varchar(20)  not null check (status in
        ('REQUESTED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    status_reason         varchar(500),
    discharge_summary_ref varchar(200),
    feedback              varchar(2000),
    requested_at          timestamptz  not null,
    accepted_at           timestamptz,
    rejected_at           timestamptz,
    started_at            timestamptz,
    completed_at          timestamptz,
    cancelled_at          timestamptz,
    requested_by          varchar(200),
    version               bigint       not null default 0,
    constraint referral_distinct_check check (from_institution_id <> to_institution_id)
);
create index referral_to_status_idx on referral (to_institution_id, status);
create index referral_patient_idx on referral (patient_ref);
create index referral_alliance_idx on referral (alliance_id);
create table referral_aud (
    id                    bigint  not null,
    rev                   integer not null references revinfo (rev),
    revtype               smallint,
    from_institution_id   bigint,
    to_institution_id     bigint,
    direction             varchar(10),
    alliance_id           bigint,
    out_of_alliance       boolean,
    patient_ref           varchar(64),
    contracted            boolean,
    priority              varchar(10),
    reason                varchar(500),
    status                varchar(20),
    status_reason         varchar(500),
    discharge_summary_ref varchar(200),
    feedback              varchar(2000),
    requested_at          timestamptz,
    accepted_at           timestamptz,
    rejected_at           timestamptz,
    started_at            timestamptz,
    completed_at          timestamptz,
    cancelled_at          timestamptz,
    requested_by          varchar(200),
    primary key (id, rev)
);

create sequence long_prescription_seq start with 1000 increment by 50;
create table long_prescription (
    id             bigint primary key,
    institution_id bigint       not null references institution (id),
    patient_ref    varchar(64)     not null,
    condition      varchar(100) not null,
    start_date     date         not null,
    days           integer      not null check (days > 0),
    last_day       date         not null,
    prescribed_by  varchar(200),
    version        bigint       not null default 0
);
create table long_prescription_aud (
    id             bigint  not null,
    rev            integer not null references revinfo (rev),
    revtype        smallint,
    institution_id bigint,
    patient_ref    varchar(64),
    condition      varchar(100),
    start_date     date,
    days           integer,
    last_day       date,
    prescribed_by  varchar(200),
    primary key (id, rev)
);
