-- Lead search (q=) finds the leads whose company name, contact name or e-mail contains a text,
-- ignoring case: column ilike '%text%'. A b-tree cannot answer a pattern that starts with '%',
-- so without these the search read every lead, twice (count and page): 230 ms at 200,000 leads.
-- Trigram indexes (pg_trgm, shipped with PostgreSQL; its trigrams ignore case) answer such
-- patterns from three characters on.
--
-- pg_trgm is a trusted extension (PostgreSQL 13 and later): the owner of the database may create
-- it. Where it cannot be created (no contrib package, an older server, too few privileges), the
-- migration warns and leaves the search as it was; create the extension and these indexes by
-- hand later (README, "PostgreSQL").
do $$
declare
  trigram_schema name;
begin
  begin
    create extension if not exists pg_trgm;
  exception when insufficient_privilege or undefined_file or feature_not_supported then
    raise warning 'Lead text search: pg_trgm could not be created (%), so the search reads every lead', sqlerrm;
    return;
  end;
  -- The extension lives in one schema per database, perhaps not in this one's search path.
  select namespace.nspname into trigram_schema
    from pg_extension extension join pg_namespace namespace on namespace.oid = extension.extnamespace
   where extension.extname = 'pg_trgm';
  execute format('create index sales_lead_company_name_text on sales_lead using gin (company_name %I.gin_trgm_ops)', trigram_schema);
  execute format('create index sales_lead_contact_name_text on sales_lead using gin (contact_name %I.gin_trgm_ops)', trigram_schema);
  execute format('create index sales_lead_contact_email_text on sales_lead using gin (contact_email %I.gin_trgm_ops)', trigram_schema);
end
$$;
