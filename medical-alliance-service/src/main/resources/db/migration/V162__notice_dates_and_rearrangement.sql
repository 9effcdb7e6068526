-- The dates of 青政办〔2017〕140号 as data, with the words of the gazette they come from: 印发 2017年8月3日 (the
-- signature of the 通知) and 施行 2017年9月2日 ("本实施方案自2017年9月2日起施行"). Records kept under the notice
-- (双向转诊) cannot precede its issue; the quarterly report names both dates.
create table notice_document (
    code            varchar(10)  primary key,
    title           varchar(200) not null,
    issued_on       date         not null,
    issued_quote    varchar(200) not null,
    effective_on    date         not null,
    effective_quote varchar(200) not null,
    rearrangement_due_on date    not null,
    rearrangement_quote varchar(200) not null,
    check (effective_on >= issued_on)
);
insert into notice_document (code, title, issued_on, issued_quote, effective_on, effective_quote,
                             rearrangement_due_on, rearrangement_quote) values
    ('140', '青政办〔2017〕140号 青海省人民政府办公厅关于印发青海省推进医疗联合体建设和发展实施方案的通知',
     date '2017-08-03', '青海省人民政府办公厅 2017年8月3日', date '2017-09-02', '本实施方案自2017年9月2日起施行',
     date '2017-08-31', '8月底前所有三级公立医院都要对医联体建设工作进行再安排、再部署');

-- 140号 五(一): "8月底前所有三级公立医院都要对医联体建设工作进行再安排、再部署". One obligation per 三级公立医院,
-- due on the notice's rearrangement_due_on (8月底 of 2017, stored as data with its words); done_on and the document
-- that shows it are recorded by the hospital or a supervisor, audited like every business record.
create sequence rearrangement_seq start with 1 increment by 50;
create table rearrangement (
    id              bigint       primary key,
    institution_id  bigint       not null unique references institution (id),
    done_on         date         not null,
    document_ref    varchar(200) not null,
    recorded_by     varchar(200),
    version         bigint       not null default 0
);
create table rearrangement_aud (
    id              bigint  not null,
    rev             integer not null references revinfo (rev),
    revtype         smallint,
    institution_id  bigint,
    done_on         date,
    document_ref    varchar(200),
    recorded_by     varchar(200),
    primary key (id, rev)
);
