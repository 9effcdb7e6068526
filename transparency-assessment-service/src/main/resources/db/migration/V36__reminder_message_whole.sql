-- A reminder's message holds the rectification problem (up to 2000 characters) or the disclosure title (up to 500)
-- it reminds of, after a short prefix. varchar(1000) made the job cut it (left(message, 1000)), so the unit was sent
-- part of the problem: government data is stored and sent whole.
alter table reminder alter column message type text;
