-- One row per lead: its contact data and where it stands. The process instance carries the lead id
-- and the data its decisions need; this table is what the lead API reads and searches.
create table sales_lead (
  id                  varchar(36)  primary key,
  company_name        varchar(255) not null,
  contact_name        varchar(255),
  contact_email       varchar(320) not null,
  company_domain      varchar(255),
  phone               varchar(50),
  country             varchar(2)   not null,
  source              varchar(100),
  -- The lower-cased e-mail while the lead is open, null once it is closed: at most one open lead
  -- per e-mail address, enforced by the database even for concurrent requests.
  open_email          varchar(320) unique,
  -- An Idempotency-Key header is unique per caller; the hash tells a replay from a different request.
  created_by          varchar(255),
  idempotency_key     varchar(255),
  request_hash        varchar(64),
  process_instance_id varchar(64)  unique,
  stage               varchar(32),
  stage_entered_at    timestamp,
  owner               varchar(255),
  urgent              boolean      default false not null,
  created_at          timestamp    not null,
  closed_at           timestamp,
  unique (created_by, idempotency_key)
);
create index sales_lead_stage on sales_lead (stage, stage_entered_at);
create index sales_lead_owner on sales_lead (owner, created_at);
create index sales_lead_domain on sales_lead (company_domain, closed_at);
create index sales_lead_created on sales_lead (created_at);
