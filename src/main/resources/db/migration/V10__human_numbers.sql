-- Numbers people read and quote: Q-2026-00042 for a quote (kept by its revisions), L-2026-00042
-- for a lead. One counter row per kind and year, incremented in the transaction that stores the
-- quote or the lead: a rolled-back transaction gives its number back, so the numbers have no gaps,
-- and concurrent transactions (on any node) wait for the row instead of sharing a number.
create table document_counter (
  kind        varchar(10) not null,
  number_year integer     not null,
  last_number integer     not null,
  primary key (kind, number_year)
);

-- The quote's number as printed, the same for every revision. quote_number stays the revision's
-- unique reference (number and revision); quotes stored before keep theirs and have no
-- document_number.
alter table quote add column document_number varchar(20);
create index quote_document_number on quote (document_number);

-- Leads stored before have no number; they keep their lead id as business key.
alter table sales_lead add column lead_number varchar(20);
create unique index sales_lead_number on sales_lead (lead_number);
