-- Admins correct who a collective reaches (e.g. 任务9's 相关州县人民政府 includes 西宁市政府 for 大通县);
-- each change is audited.
create table collective_member_aud (
    collective_id bigint  not null,
    member_id     bigint  not null,
    rev           integer not null references revinfo (rev),
    revtype       smallint,
    basis         varchar(200),
    primary key (collective_id, member_id, rev)
);
