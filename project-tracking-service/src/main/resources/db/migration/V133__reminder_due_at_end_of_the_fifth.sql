-- 134号 五: reports on a month are due by the 5th of the next month, 23:59:59 Beijing time. Reminders written before
-- stored 23:59:59.999999999, which the timestamp column rounded up to 00:00 of the 6th; they are set from their period.
update reminder
set due_at = (to_date(period || '-05', 'YYYY-MM-DD') + interval '1 month' + time '23:59:59') at time zone 'Asia/Shanghai'
where due_at <> (to_date(period || '-05', 'YYYY-MM-DD') + interval '1 month' + time '23:59:59') at time zone 'Asia/Shanghai';
