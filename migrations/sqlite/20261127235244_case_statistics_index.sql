-- Drop index "servicecase_domain_id_service_item_id_closed_at" from table: "service_cases"
DROP INDEX `servicecase_domain_id_service_item_id_closed_at`;
-- Create index "servicecase_domain_id_state_clo_242e346f35654419887f4eb1df33e85c" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_state_clo_242e346f35654419887f4eb1df33e85c` ON `service_cases` (`domain_id`, `state`, `closed_at`, `service_item_id`, `on_time`, `working_days_used`, `promised_days`, `rating`);
