-- Drop index "servicecase_domain_id_service_item_id_closed_at" from table: "service_cases"
DROP INDEX "servicecase_domain_id_service_item_id_closed_at";
-- Create index "servicecase_domain_id_state_cl_b3034d81b66ea1202d6e8a7fa38c3197" to table: "service_cases"
CREATE INDEX "servicecase_domain_id_state_cl_b3034d81b66ea1202d6e8a7fa38c3197" ON "service_cases" ("domain_id", "state", "closed_at", "service_item_id", "on_time", "working_days_used", "promised_days", "rating");
