-- Which months a project owes a report (134号 五: 每月5日前报送): from its fair's first reporting month to the month it
-- reports completion, or to the month an admin closed the fair with. OwedMonths (domain) writes the rule in SQL for
-- the reminders, the overdue scan, the quarterly report and the project filters.
alter table fair add column reporting_from varchar(7);
alter table fair add column closed_after   varchar(7);
alter table fair_aud add column reporting_from varchar(7);
alter table fair_aud add column closed_after   varchar(7);
-- The gazette gives no dates of the 18th fair: 134号 (2017-08-06) says its projects were signed at the fair and sets
-- targets "到2017年底", so its projects owe reports from 2017-01 (a report on 2016-12 is before the fair). An admin
-- corrects this with PUT /api/v1/fairs/1 once the fair's dates are entered.
update fair set reporting_from = coalesce(to_char(held_from, 'YYYY-MM'), '2017-01');
alter table fair alter column reporting_from set not null;
alter table fair add constraint fair_reporting_from_check check (reporting_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');
alter table fair add constraint fair_closed_after_check check (closed_after ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'
    and closed_after >= reporting_from);

-- Cumulative funds in place that go down from one month to the next need a reason, as funds above the total do.
alter table progress_report add column funds_decrease_reason varchar(1000);
alter table progress_report_aud add column funds_decrease_reason varchar(1000);

-- Milestone targets decide MET/MISSED (134号 二): versioned (optimistic lock) and audited like every other record.
create table milestone_target_aud (
    id                       bigint  not null,
    rev                      integer not null references revinfo (rev),
    revtype                  smallint,
    fair_id                  bigint,
    due_date                 date,
    contract_fulfilment_rate numeric(5, 2),
    construction_start_rate  numeric(5, 2),
    funds_in_place_rate      numeric(5, 2),
    source                   varchar(200),
    primary key (id, rev)
);
