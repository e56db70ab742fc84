-- The pipeline read model answers from the lead table alone: when each lead first reached each
-- funnel stage and how it ended are kept on its row by the stage recorder (same transaction as
-- the step), so the period figures need no pass over the stage history. Rows of leads that exist
-- already are filled in from the history.
alter table sales_lead add column lead_at timestamp;
alter table sales_lead add column qualifying_at timestamp;
alter table sales_lead add column prospect_at timestamp;
alter table sales_lead add column evaluation_at timestamp;
alter table sales_lead add column proposal_at timestamp;
alter table sales_lead add column won_at timestamp;
alter table sales_lead add column outcome varchar(32);
alter table sales_lead add column outcome_reason varchar(255);
alter table sales_lead add column outcome_at timestamp;

update sales_lead set
  lead_at = (select min(h.entered_at) from stage_history h
              where h.process_instance_id = sales_lead.process_instance_id and h.stage = 'LEAD'),
  qualifying_at = (select min(h.entered_at) from stage_history h
              where h.process_instance_id = sales_lead.process_instance_id and h.stage = 'QUALIFYING'),
  prospect_at = (select min(h.entered_at) from stage_history h
              where h.process_instance_id = sales_lead.process_instance_id and h.stage = 'PROSPECT'),
  evaluation_at = (select min(h.entered_at) from stage_history h
              where h.process_instance_id = sales_lead.process_instance_id and h.stage = 'EVALUATION'),
  proposal_at = (select min(h.entered_at) from stage_history h
              where h.process_instance_id = sales_lead.process_instance_id and h.stage = 'PROPOSAL'),
  won_at = (select min(h.entered_at) from stage_history h
              where h.process_instance_id = sales_lead.process_instance_id and h.stage = 'WON'),
  outcome = (select max(h.stage) from stage_history h
              where h.process_instance_id = sales_lead.process_instance_id
                and h.stage in ('WON', 'LOST', 'DISQUALIFIED')),
  outcome_reason = (select max(h.reason) from stage_history h
              where h.process_instance_id = sales_lead.process_instance_id
                and h.stage in ('WON', 'LOST', 'DISQUALIFIED')),
  outcome_at = (select max(h.entered_at) from stage_history h
              where h.process_instance_id = sales_lead.process_instance_id
                and h.stage in ('WON', 'LOST', 'DISQUALIFIED'))
where process_instance_id is not null;

-- Covering indexes: the report reads the open leads and the leads that moved in the period from
-- the indexes alone, without touching the wide rows.
create index sales_lead_open_figures
  on sales_lead (closed_at, stage, owner, stage_entered_at, deal_value, last_activity_at, id);
create index sales_lead_funnel on sales_lead (stage_entered_at, owner, lead_at, qualifying_at,
  prospect_at, evaluation_at, proposal_at, won_at, outcome, outcome_reason, outcome_at);
drop index sales_lead_activity;
