-- The pipeline read model: the deal's value (estimate, then the quote's net amount) and the last
-- time anyone worked on the lead, for weighted values and stalled prospects.
alter table sales_lead add column deal_value numeric(19, 2);
alter table sales_lead add column last_activity_at timestamp;
create index sales_lead_activity on sales_lead (closed_at, last_activity_at);
