-- Create index "tenancy_domain_id_ends_on_id" to table: "tenancies"
CREATE INDEX "tenancy_domain_id_ends_on_id" ON "tenancies" ("domain_id", "ends_on", "id");
-- Create index "tenancy_domain_id_start_on_id" to table: "tenancies"
CREATE INDEX "tenancy_domain_id_start_on_id" ON "tenancies" ("domain_id", "start_on", "id");
-- Create index "tenancy_domain_id_status_ends_on_id" to table: "tenancies"
CREATE INDEX "tenancy_domain_id_status_ends_on_id" ON "tenancies" ("domain_id", "status", "ends_on", "id");
-- Create index "tenancy_domain_id_status_id" to table: "tenancies"
CREATE INDEX "tenancy_domain_id_status_id" ON "tenancies" ("domain_id", "status", "id");
-- Create index "tenancy_ends_on_id" to table: "tenancies"
CREATE INDEX "tenancy_ends_on_id" ON "tenancies" ("ends_on", "id");
-- Create index "tenancy_start_on_id" to table: "tenancies"
CREATE INDEX "tenancy_start_on_id" ON "tenancies" ("start_on", "id");
-- Create index "tenancy_status_ends_on_id" to table: "tenancies"
CREATE INDEX "tenancy_status_ends_on_id" ON "tenancies" ("status", "ends_on", "id");
-- Create index "tenancy_status_id" to table: "tenancies"
CREATE INDEX "tenancy_status_id" ON "tenancies" ("status", "id");
