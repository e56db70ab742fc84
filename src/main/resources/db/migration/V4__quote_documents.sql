-- Quotes a customer can read: a product catalogue, line items per quote revision, the prepared
-- figures, the PDF as sent, and when it was sent and accepted. A revision is prepared by the rep,
-- sent (PDF rendered, e-mailed) by "Send quote", and accepted at most once.
create table product (
  code       varchar(40)    primary key,
  name       varchar(200)   not null,
  unit_price numeric(19, 2) not null check (unit_price >= 0),
  currency   varchar(3)     not null,
  active     boolean        not null default true,
  updated_at timestamp      not null
);

alter table quote add column lead_id varchar(36);
alter table quote add column payment_terms varchar(30);
alter table quote add column validity_days integer;
alter table quote add column tax_rate numeric(5, 2);
alter table quote add column tax_amount numeric(19, 2);
alter table quote add column gross_total numeric(19, 2);
alter table quote add column sent_at timestamp;
alter table quote add column sent_to varchar(320);
alter table quote add column accepted_at timestamp;
alter table quote add column pdf bytea;
create index quote_lead on quote (lead_id, revision);

create table quote_line (
  quote_id         bigint         not null references quote (id),
  line_no          integer        not null,
  product_code     varchar(40)    not null,
  product_name     varchar(200)   not null,
  quantity         integer        not null check (quantity > 0),
  unit_price       numeric(19, 2) not null,
  discount_percent numeric(5, 2)  not null,
  net_amount       numeric(19, 2) not null,
  primary key (quote_id, line_no)
);
