-- Drop index "organization_domain_id_name" from table: "organizations"
DROP INDEX "organization_domain_id_name";
-- Create index "organization_created_at_id" to table: "organizations"
CREATE INDEX "organization_created_at_id" ON "organizations" ("created_at", "id");
-- Create index "organization_domain_id_created_at_id" to table: "organizations"
CREATE INDEX "organization_domain_id_created_at_id" ON "organizations" ("domain_id", "created_at", "id");
-- Create index "organization_domain_id_kind_id" to table: "organizations"
CREATE INDEX "organization_domain_id_kind_id" ON "organizations" ("domain_id", "kind", "id");
-- Create index "organization_domain_id_name_id" to table: "organizations"
CREATE INDEX "organization_domain_id_name_id" ON "organizations" ("domain_id", "name", "id");
-- Create index "organization_domain_id_registered_on_id" to table: "organizations"
CREATE INDEX "organization_domain_id_registered_on_id" ON "organizations" ("domain_id", "registered_on", "id");
-- Create index "organization_domain_id_stage_id" to table: "organizations"
CREATE INDEX "organization_domain_id_stage_id" ON "organizations" ("domain_id", "stage", "id");
-- Create index "organization_domain_id_status_id" to table: "organizations"
CREATE INDEX "organization_domain_id_status_id" ON "organizations" ("domain_id", "status", "id");
-- Create index "organization_domain_id_town_id" to table: "organizations"
CREATE INDEX "organization_domain_id_town_id" ON "organizations" ("domain_id", "town", "id");
-- Create index "organization_domain_id_uscc_id" to table: "organizations"
CREATE INDEX "organization_domain_id_uscc_id" ON "organizations" ("domain_id", "uscc", "id");
-- Create index "organization_kind_id" to table: "organizations"
CREATE INDEX "organization_kind_id" ON "organizations" ("kind", "id");
-- Create index "organization_name_id" to table: "organizations"
CREATE INDEX "organization_name_id" ON "organizations" ("name", "id");
-- Create index "organization_registered_on_id" to table: "organizations"
CREATE INDEX "organization_registered_on_id" ON "organizations" ("registered_on", "id");
-- Create index "organization_stage_id" to table: "organizations"
CREATE INDEX "organization_stage_id" ON "organizations" ("stage", "id");
-- Create index "organization_status_id" to table: "organizations"
CREATE INDEX "organization_status_id" ON "organizations" ("status", "id");
-- Create index "organization_town_id" to table: "organizations"
CREATE INDEX "organization_town_id" ON "organizations" ("town", "id");
-- Create index "organization_uscc_id" to table: "organizations"
CREATE INDEX "organization_uscc_id" ON "organizations" ("uscc", "id");
