-- Who corrected which of a lead's facts, when, why, and from what to what: one row per changed
-- field. A correction re-runs the lead's assessment; this is its audit trail.
create table lead_correction (
  id            varchar(36)  primary key,
  lead_id       varchar(36)  not null references sales_lead (id),
  corrected_at  timestamp    not null,
  corrected_by  varchar(255),
  reason        varchar(1000) not null,
  field         varchar(64)  not null,
  old_value     varchar(255),
  new_value     varchar(255)
);
create index lead_correction_lead on lead_correction (lead_id, corrected_at);
