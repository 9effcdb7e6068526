-- action plan, GET /api/v1/tasks/{number} (Hibernate log): the task, its units with the unit rows, the notes on its
-- text, its group, its indicators. Bench task number n has id 100000000 + n - 1000 and group 1 + (n - 1000) % 4.
\set n random(1001, 3000)
\set id 100000000 + :n - 1000
\set g 1 + (:n - 1000) % 4
\set one 1
select t1_0.id,t1_0.group_id,t1_0.lead_wording,t1_0.number,t1_0.responsible_wording,t1_0.text,t1_0.version from action_plan.task t1_0 where t1_0.number=:n fetch first :one rows only;
select u1_0.task_id,u1_0.id,u1_0.followed_by_etc,u1_0.position,u1_0.role,u2_0.id,u2_0.kind,u2_0.name,u2_0.prefecture,u2_0.version,u1_0.version,u1_0.wording from action_plan.task_unit u1_0 left join action_plan.unit u2_0 on u2_0.id=u1_0.unit_id where u1_0.task_id=:id order by u1_0.role,u1_0.position;
select sn1_0.id,sn1_0.detail,sn1_0.kind,sn1_0.task_number from action_plan.seed_note sn1_0 where sn1_0.task_number=:n order by sn1_0.id;
select tg1_0.id,tg1_0.first_task,tg1_0.heading,tg1_0.last_task,tg1_0.name,tg1_0.numeral,tg1_0.version from action_plan.task_group tg1_0 where tg1_0.id=:g;
select i1_0.task_id,i1_0.id,i1_0.code,i1_0.comparator,i1_0.deadline,i1_0.deadline_basis,i1_0.linked_key,i1_0.linked_source,i1_0.name,i1_0.source_phrase,i1_0.target,i1_0.unit,i1_0.version from action_plan.indicator i1_0 where i1_0.task_id=:id order by i1_0.code;
