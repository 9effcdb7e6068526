-- 138号 附件 试点单位及试点内容表: each area keeps the gazette line of the table row it is printed on, and the reading
-- that goes beyond the printed cell (the cell's closing "等方面") as data_note (scripts/parse_pilot.py,
-- seed/pilot_areas.csv). Rows added by a pilot unit (ADDED, 三(二)) have neither. Existing seeded rows are filled from
-- the seed on the next start (SeedImporter).
alter table pilot_area add column gazette_line integer;
alter table pilot_area add column data_note varchar(1000);
alter table pilot_area_aud add column gazette_line integer;
alter table pilot_area_aud add column data_note varchar(1000);
