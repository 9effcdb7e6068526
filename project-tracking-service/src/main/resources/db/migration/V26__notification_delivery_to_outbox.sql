-- The reminders' deliveries move into the outbox (V25): one outbox message per former notification_delivery row,
-- with the id, topic, event key, subject, text and data that ReminderMessage and Outbox.enqueue give a reminder
-- now, and per-recipient sequence numbers in the order the rows were queued. Then the old table goes.

-- Outbox.messageId in SQL: UUID.nameUUIDFromBytes, i.e. the MD5 of the UTF-8 name with version 3 and the IETF
-- variant set. OutboxMigrationTest checks that both give the same id.
create function outbox_name_uuid(name text) returns uuid language sql immutable strict as $$
    select (substr(h, 1, 12) || '3' || substr(h, 14, 3)
            || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(h, 18))::uuid
    from (select md5(convert_to(name, 'UTF8')) as h) x
$$;

insert into outbox_message (id, topic, event_key, channel, recipient, sequence, subject, body, data, status, attempts,
                            created_at, next_attempt_at, last_error, sent_at)
select outbox_name_uuid(m.topic || E'\n' || m.event_key || E'\n' || m.channel || E'\n' || m.target),
       m.topic, m.event_key, m.channel, m.target,
       row_number() over (partition by m.channel, m.target order by m.delivery_id),
       case m.kind when 'OVERDUE' then '签约项目进展报送逾期 ' else '签约项目进展报送提醒 ' end || m.period,
       m.unit || '：' || E'\n' || m.message,
       jsonb_build_object('reminderId', m.reminder_id, 'kind', m.kind, 'period', m.period, 'unit', m.unit,
                          'dueAt', to_char(m.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                          'projectIds', to_jsonb(m.project_ids), 'message', m.message),
       m.status, m.attempts, m.created_at, m.next_attempt_at, m.last_error, m.sent_at
from (select d.id delivery_id, d.channel, d.target, d.status, d.attempts, d.next_attempt_at, d.last_error, d.sent_at,
             r.id reminder_id, r.kind, r.period, r.due_at, r.project_ids, r.message, r.created_at, u.name unit,
             case r.kind when 'OVERDUE' then 'progress-overdue' else 'progress-reminder' end topic,
             'reminder-' || r.id event_key
      from notification_delivery d
      join reminder r on r.id = d.reminder_id
      join responsible_unit u on u.id = r.unit_id) m
on conflict (id) do nothing;

insert into outbox_recipient (channel, recipient, last_sequence)
select channel, recipient, max(sequence) from outbox_message group by channel, recipient
on conflict (channel, recipient) do update set last_sequence = greatest(outbox_recipient.last_sequence,
                                                                        excluded.last_sequence);

drop table notification_delivery;
drop sequence notification_delivery_seq;
