-- Modify "domains" table
ALTER TABLE "domains" ADD COLUMN "bureau_name" character varying NOT NULL DEFAULT '';
-- Modify "sessions" table
ALTER TABLE "sessions" ADD COLUMN "acting_domain_id" bigint NULL;
-- Modify "audit_logs" table
ALTER TABLE "audit_logs" ADD COLUMN "acting_domain_id" bigint NULL, ADD CONSTRAINT "audit_logs_domains_acting_domain" FOREIGN KEY ("acting_domain_id") REFERENCES "domains" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
