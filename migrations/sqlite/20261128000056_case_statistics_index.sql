-- Drop index "servicecase_domain_id_service_item_id_closed_at" from table: "service_cases"
DROP INDEX `servicecase_domain_id_service_item_id_closed_at`;
-- Create index "servicecase_statistics" to table: "service_cases"
CREATE INDEX `servicecase_statistics` ON `service_cases` (`domain_id`, `state`, `closed_at`, `service_item_id`, `on_time`, `working_days_used`, `promised_days`, `rating`);
