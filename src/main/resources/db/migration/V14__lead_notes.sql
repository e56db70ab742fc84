-- The notes written on a lead in task forms (dialogue notes, demo feedback, a manager's comment):
-- which task, which form field, who, when, what. They live here, and in the lead's timeline, not in
-- the engine's variables or history (see docs/inside.md, "What lives where").
create table lead_note (
  id          varchar(36)    primary key,
  lead_id     varchar(36)    not null,
  written_at  timestamp      not null,
  task_name   varchar(255),
  field       varchar(64)    not null,
  author      varchar(255),
  note_text   varchar(10000) not null
);
create index lead_note_lead on lead_note (lead_id, written_at);

-- The engine no longer keeps a lead's contact details: a lead row the pipeline rebuild restores
-- from the engine's history has none.
alter table sales_lead alter column contact_email drop not null;
