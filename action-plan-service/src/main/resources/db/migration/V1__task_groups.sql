-- Reference data of 青政办〔2017〕135号 (在全省开展“夏秋季攻势”专项行动的实施方案, 2017-08-09):
-- the four task groups of 二、目标任务, plus the audit (Envers) and job-run tables every service carries.

create sequence revinfo_seq start with 1 increment by 50;
create table revinfo (
    rev      integer primary key,
    revtstmp bigint  not null,
    username varchar(200)
);

create table job_run (
    job          varchar(80)  not null,
    period       varchar(20)  not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    triggered_by varchar(200),
    outcome      varchar(20)  not null,
    items        integer      not null default 0,
    primary key (job, period)
);

create sequence task_group_seq start with 100 increment by 50;
create table task_group (
    id          bigint primary key,
    numeral     varchar(4)    not null unique,
    name        varchar(50)   not null,
    heading     varchar(1000) not null,
    first_task  integer       not null,
    last_task   integer       not null,
    version     bigint        not null default 0,
    constraint task_group_range_check check (first_task between 1 and 50 and last_task between first_task and 50)
);
create table task_group_aud (
    id         bigint  not null,
    rev        integer not null references revinfo (rev),
    revtype    smallint,
    numeral    varchar(4),
    name       varchar(50),
    heading    varchar(1000),
    first_task integer,
    last_task  integer,
    primary key (id, rev)
);

-- Headings exactly as the notice writes them under 二、目标任务.
insert into task_group (id, numeral, name, heading, first_task, last_task) values
 (1, '一', '找准发力点',
  '要把实现绿色崛起作为发力点，努力追求经济发展速度、社会发育进度和群众满意程度“三度统一”，以“一个理念、一个制度、五大行动”为基础，聚焦“青山、蓝天、碧水、净土”四大工程，坚决守住生态功能保障底线、环境质量安全底线和自然资源利用上线。',
  1, 13),
 (2, '二', '找准创新点',
  '要把激发内在活力作为创新点，主动应对科技革命和产业变革，做到站高、看远、想深、谋实，抢占制高点、把握主动权。',
  14, 20),
 (3, '三', '找准主攻点',
  '要把加快动能转换、扩展发展空间作为主攻点，在供给侧结构性改革、深化开放合作、扩大有效消费、区域城乡协调发展转动动能、拓空间，促进经济社会可持续发展。',
  21, 38),
 (4, '四', '找准突破点',
  '要把破解重点难点作为突破点, 紧盯会议精神落实不放松, 紧盯项目投资不放松, 紧盯工业发展不放松, 紧盯脱贫攻坚和农牧民增收不放松, 重拳解决制约发展的瓶颈问题。',
  39, 50);
