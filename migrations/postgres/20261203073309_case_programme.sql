-- Modify "service_cases" table
ALTER TABLE "service_cases" ADD COLUMN "programme" character varying NOT NULL DEFAULT '', ADD COLUMN "application" jsonb NULL;
-- Modify "service_items" table
ALTER TABLE "service_items" ADD COLUMN "programme" character varying NOT NULL DEFAULT '';
