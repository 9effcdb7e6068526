-- Order safety of the shared Envers table for a brand-new service (Flyway SQL callback, run before each migration).
-- The outbox's audit table (V29 outbox_message_aud) refers to revinfo, which the shared DDL defines only at V149
-- (db/operations). The four services made revinfo in their own V1, long before; a new service that leaves revinfo to the
-- shared DDL would fail at V29. So once the outbox exists (V25) and revinfo does not, revinfo is made here, exactly as
-- V149 defines it (SharedTablesTest compares the two); V149 then finds it and changes nothing. On every existing schema
-- revinfo exists and this does nothing; it is not a versioned migration, so no applied checksum changes.
do $$
begin
    if to_regclass('${flyway:defaultSchema}.outbox_message') is not null
            and to_regclass('${flyway:defaultSchema}.revinfo') is null then
        create sequence if not exists ${flyway:defaultSchema}.revinfo_seq start with 1 increment by 50;
        create table if not exists ${flyway:defaultSchema}.revinfo (
            rev      integer primary key,
            revtstmp bigint  not null,
            username varchar(200)
        );
    end if;
end
$$;
