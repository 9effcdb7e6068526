-- 135号 writes 相关州人民政府, 相关市州人民政府, 相关州县/市州县人民政府 and 省政府相关委、办、厅、局 on many tasks; 相关
-- (concerned) means different units on different tasks. Each such task unit now has its own members: named by the
-- task's text where it names them (任务9: 河南、大通、海晏、都兰县), otherwise the broadest reading with a note that
-- the notice does not say which; admins narrow them per task (audited). Rows come from seed/task_unit_members.csv
-- on start. 各市州人民政府, 各市州县人民政府 and 省政府各委、办、厅、局 keep one member list (collective_member).
create table task_unit_member (
    task_unit_id bigint       not null references task_unit (id),
    member_id    bigint       not null references unit (id),
    basis        varchar(300) not null,
    primary key (task_unit_id, member_id)
);
create index task_unit_member_member_idx on task_unit_member (member_id);
create table task_unit_member_aud (
    task_unit_id bigint  not null,
    member_id    bigint  not null,
    rev          integer not null references revinfo (rev),
    revtype      smallint,
    basis        varchar(300),
    primary key (task_unit_id, member_id, rev)
);

-- The one list 相关… collectives shared is replaced by the per-task reading (this cleanup is not in the audit trail).
delete from collective_member
where collective_id in (select id from unit where kind = 'COLLECTIVE' and name like '%相关%');

create or replace view task_unit_scope as
select tu.task_id,
       coalesce(m.member_id, tu.unit_id)                           as unit_id,
       tu.role,
       case when m.member_id is null then null else tu.unit_id end as via_collective_id
from task_unit tu
         left join (select tum.task_unit_id, tum.member_id
                    from task_unit_member tum
                    union all
                    select t.id, cm.member_id
                    from task_unit t
                             join collective_member cm on cm.collective_id = t.unit_id) m on m.task_unit_id = tu.id;
