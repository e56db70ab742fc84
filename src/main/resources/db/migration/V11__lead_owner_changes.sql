-- Who owned a lead from when: the first rep who took one of its tasks, and every reassignment by a
-- manager (who, when, from whom, to whom). The lead's timeline shows them beside its stages. Like
-- the stage history it outlives a lost lead row, from which the pipeline rebuild restores the owner.
create table lead_owner_change (
  id          varchar(36)  primary key,
  lead_id     varchar(36)  not null,
  changed_at  timestamp    not null,
  changed_by  varchar(255),
  from_owner  varchar(255),
  to_owner    varchar(255) not null
);
create index lead_owner_change_lead on lead_owner_change (lead_id, changed_at);
