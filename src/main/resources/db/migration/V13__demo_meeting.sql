-- A lead's product demo as a calendar meeting: one row per lead, changed in place when the rep
-- reschedules. uid names the event in every invitation, update and cancellation e-mailed for it;
-- sequence grows with each change, so calendar programs replace the earlier version. organizer is
-- the rep's user id (none when no rep completed the step: the company organizes). state:
-- SCHEDULED, then HELD or CANCELLED.
create table demo_meeting (
  lead_id     varchar(36)   primary key,
  uid         varchar(100)  not null,
  sequence    integer       not null,
  starts_at   timestamp     not null,
  ends_at     timestamp     not null,
  location    varchar(1000) not null,
  attendees   varchar(4000) not null,
  organizer   varchar(255),
  state       varchar(20)   not null,
  updated_at  timestamp     not null,
  constraint demo_meeting_uid unique (uid)
);
