-- Create index "roleassignment_domain_id_created_at_id" to table: "role_assignments"
CREATE INDEX `roleassignment_domain_id_created_at_id` ON `role_assignments` (`domain_id`, `created_at`, `id`);
-- Create index "roleassignment_created_at_id" to table: "role_assignments"
CREATE INDEX `roleassignment_created_at_id` ON `role_assignments` (`created_at`, `id`);
-- Create index "user_domain_id_created_at_id" to table: "users"
CREATE INDEX `user_domain_id_created_at_id` ON `users` (`domain_id`, `created_at`, `id`);
-- Create index "user_created_at_id" to table: "users"
CREATE INDEX `user_created_at_id` ON `users` (`created_at`, `id`);
-- Create index "user_domain_id_username_id" to table: "users"
CREATE INDEX `user_domain_id_username_id` ON `users` (`domain_id`, `username`, `id`);
-- Create index "user_username_id" to table: "users"
CREATE INDEX `user_username_id` ON `users` (`username`, `id`);
-- Create index "user_domain_id_display_name_id" to table: "users"
CREATE INDEX `user_domain_id_display_name_id` ON `users` (`domain_id`, `display_name`, `id`);
-- Create index "user_display_name_id" to table: "users"
CREATE INDEX `user_display_name_id` ON `users` (`display_name`, `id`);
-- Create index "calendarday_created_at_id" to table: "calendar_days"
CREATE INDEX `calendarday_created_at_id` ON `calendar_days` (`created_at`, `id`);
-- Create index "calendarday_date_id" to table: "calendar_days"
CREATE INDEX `calendarday_date_id` ON `calendar_days` (`date`, `id`);
-- Create index "consultation_domain_id_created_at_id" to table: "consultations"
CREATE INDEX `consultation_domain_id_created_at_id` ON `consultations` (`domain_id`, `created_at`, `id`);
-- Create index "consultation_created_at_id" to table: "consultations"
CREATE INDEX `consultation_created_at_id` ON `consultations` (`created_at`, `id`);
-- Create index "servicecase_domain_id_created_at_id" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_created_at_id` ON `service_cases` (`domain_id`, `created_at`, `id`);
-- Create index "servicecase_created_at_id" to table: "service_cases"
CREATE INDEX `servicecase_created_at_id` ON `service_cases` (`created_at`, `id`);
-- Create index "servicecase_domain_id_number_id" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_number_id` ON `service_cases` (`domain_id`, `number`, `id`);
-- Create index "servicecase_number_id" to table: "service_cases"
CREATE INDEX `servicecase_number_id` ON `service_cases` (`number`, `id`);
-- Create index "servicecase_domain_id_state_id" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_state_id` ON `service_cases` (`domain_id`, `state`, `id`);
-- Create index "servicecase_state_id" to table: "service_cases"
CREATE INDEX `servicecase_state_id` ON `service_cases` (`state`, `id`);
-- Create index "servicecase_domain_id_submitted_at_id" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_submitted_at_id` ON `service_cases` (`domain_id`, `submitted_at`, `id`);
-- Create index "servicecase_submitted_at_id" to table: "service_cases"
CREATE INDEX `servicecase_submitted_at_id` ON `service_cases` (`submitted_at`, `id`);
-- Create index "servicecase_domain_id_due_on_id" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_due_on_id` ON `service_cases` (`domain_id`, `due_on`, `id`);
-- Create index "servicecase_due_on_id" to table: "service_cases"
CREATE INDEX `servicecase_due_on_id` ON `service_cases` (`due_on`, `id`);
-- Create index "servicecase_domain_id_closed_at_id" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_closed_at_id` ON `service_cases` (`domain_id`, `closed_at`, `id`);
-- Create index "servicecase_closed_at_id" to table: "service_cases"
CREATE INDEX `servicecase_closed_at_id` ON `service_cases` (`closed_at`, `id`);
-- Create index "serviceitem_domain_id_created_at_id" to table: "service_items"
CREATE INDEX `serviceitem_domain_id_created_at_id` ON `service_items` (`domain_id`, `created_at`, `id`);
-- Create index "serviceitem_created_at_id" to table: "service_items"
CREATE INDEX `serviceitem_created_at_id` ON `service_items` (`created_at`, `id`);
-- Create index "serviceitem_domain_id_code_id" to table: "service_items"
CREATE INDEX `serviceitem_domain_id_code_id` ON `service_items` (`domain_id`, `code`, `id`);
-- Create index "serviceitem_code_id" to table: "service_items"
CREATE INDEX `serviceitem_code_id` ON `service_items` (`code`, `id`);
-- Create index "serviceitem_domain_id_name_id" to table: "service_items"
CREATE INDEX `serviceitem_domain_id_name_id` ON `service_items` (`domain_id`, `name`, `id`);
-- Create index "serviceitem_name_id" to table: "service_items"
CREATE INDEX `serviceitem_name_id` ON `service_items` (`name`, `id`);
-- Drop index "auditlog_domain_id_created_at" from table: "audit_logs"
DROP INDEX `auditlog_domain_id_created_at`;
-- Create index "auditlog_domain_id_created_at_id" to table: "audit_logs"
CREATE INDEX `auditlog_domain_id_created_at_id` ON `audit_logs` (`domain_id`, `created_at`, `id`);
-- Create index "auditlog_created_at_id" to table: "audit_logs"
CREATE INDEX `auditlog_created_at_id` ON `audit_logs` (`created_at`, `id`);
-- Create index "domain_created_at_id" to table: "domains"
CREATE INDEX `domain_created_at_id` ON `domains` (`created_at`, `id`);
-- Create index "domain_name_id" to table: "domains"
CREATE INDEX `domain_name_id` ON `domains` (`name`, `id`);
-- Create index "domain_code_id" to table: "domains"
CREATE INDEX `domain_code_id` ON `domains` (`code`, `id`);
-- Drop index "document_domain_id_expires_on" from table: "documents"
DROP INDEX `document_domain_id_expires_on`;
-- Create index "document_domain_id_created_at_id" to table: "documents"
CREATE INDEX `document_domain_id_created_at_id` ON `documents` (`domain_id`, `created_at`, `id`);
-- Create index "document_created_at_id" to table: "documents"
CREATE INDEX `document_created_at_id` ON `documents` (`created_at`, `id`);
-- Create index "document_domain_id_category_id" to table: "documents"
CREATE INDEX `document_domain_id_category_id` ON `documents` (`domain_id`, `category`, `id`);
-- Create index "document_category_id" to table: "documents"
CREATE INDEX `document_category_id` ON `documents` (`category`, `id`);
-- Create index "document_domain_id_title_id" to table: "documents"
CREATE INDEX `document_domain_id_title_id` ON `documents` (`domain_id`, `title`, `id`);
-- Create index "document_title_id" to table: "documents"
CREATE INDEX `document_title_id` ON `documents` (`title`, `id`);
-- Create index "document_domain_id_expires_on_id" to table: "documents"
CREATE INDEX `document_domain_id_expires_on_id` ON `documents` (`domain_id`, `expires_on`, `id`);
-- Create index "document_expires_on_id" to table: "documents"
CREATE INDEX `document_expires_on_id` ON `documents` (`expires_on`, `id`);
-- Create index "incubationcentre_domain_id_created_at_id" to table: "incubation_centres"
CREATE INDEX `incubationcentre_domain_id_created_at_id` ON `incubation_centres` (`domain_id`, `created_at`, `id`);
-- Create index "incubationcentre_created_at_id" to table: "incubation_centres"
CREATE INDEX `incubationcentre_created_at_id` ON `incubation_centres` (`created_at`, `id`);
-- Create index "incubationcentre_domain_id_name_id" to table: "incubation_centres"
CREATE INDEX `incubationcentre_domain_id_name_id` ON `incubation_centres` (`domain_id`, `name`, `id`);
-- Create index "incubationcentre_name_id" to table: "incubation_centres"
CREATE INDEX `incubationcentre_name_id` ON `incubation_centres` (`name`, `id`);
-- Create index "tenancy_domain_id_created_at_id" to table: "tenancies"
CREATE INDEX `tenancy_domain_id_created_at_id` ON `tenancies` (`domain_id`, `created_at`, `id`);
-- Create index "tenancy_created_at_id" to table: "tenancies"
CREATE INDEX `tenancy_created_at_id` ON `tenancies` (`created_at`, `id`);
-- Create index "award_domain_id_created_at_id" to table: "awards"
CREATE INDEX `award_domain_id_created_at_id` ON `awards` (`domain_id`, `created_at`, `id`);
-- Create index "award_created_at_id" to table: "awards"
CREATE INDEX `award_created_at_id` ON `awards` (`created_at`, `id`);
-- Create index "award_domain_id_amount_id" to table: "awards"
CREATE INDEX `award_domain_id_amount_id` ON `awards` (`domain_id`, `amount`, `id`);
-- Create index "award_amount_id" to table: "awards"
CREATE INDEX `award_amount_id` ON `awards` (`amount`, `id`);
-- Create index "fund_domain_id_created_at_id" to table: "funds"
CREATE INDEX `fund_domain_id_created_at_id` ON `funds` (`domain_id`, `created_at`, `id`);
-- Create index "fund_created_at_id" to table: "funds"
CREATE INDEX `fund_created_at_id` ON `funds` (`created_at`, `id`);
-- Create index "fund_domain_id_name_id" to table: "funds"
CREATE INDEX `fund_domain_id_name_id` ON `funds` (`domain_id`, `name`, `id`);
-- Create index "fund_name_id" to table: "funds"
CREATE INDEX `fund_name_id` ON `funds` (`name`, `id`);
-- Create index "fundbudget_domain_id_created_at_id" to table: "fund_budgets"
CREATE INDEX `fundbudget_domain_id_created_at_id` ON `fund_budgets` (`domain_id`, `created_at`, `id`);
-- Create index "fundbudget_created_at_id" to table: "fund_budgets"
CREATE INDEX `fundbudget_created_at_id` ON `fund_budgets` (`created_at`, `id`);
-- Create index "fundbudget_domain_id_year_id" to table: "fund_budgets"
CREATE INDEX `fundbudget_domain_id_year_id` ON `fund_budgets` (`domain_id`, `year`, `id`);
-- Create index "fundbudget_year_id" to table: "fund_budgets"
CREATE INDEX `fundbudget_year_id` ON `fund_budgets` (`year`, `id`);
-- Drop index "grantcall_domain_id_year" from table: "grant_calls"
DROP INDEX `grantcall_domain_id_year`;
-- Create index "grantcall_domain_id_created_at_id" to table: "grant_calls"
CREATE INDEX `grantcall_domain_id_created_at_id` ON `grant_calls` (`domain_id`, `created_at`, `id`);
-- Create index "grantcall_created_at_id" to table: "grant_calls"
CREATE INDEX `grantcall_created_at_id` ON `grant_calls` (`created_at`, `id`);
-- Create index "grantcall_domain_id_year_id" to table: "grant_calls"
CREATE INDEX `grantcall_domain_id_year_id` ON `grant_calls` (`domain_id`, `year`, `id`);
-- Create index "grantcall_year_id" to table: "grant_calls"
CREATE INDEX `grantcall_year_id` ON `grant_calls` (`year`, `id`);
-- Create index "grantcall_domain_id_title_id" to table: "grant_calls"
CREATE INDEX `grantcall_domain_id_title_id` ON `grant_calls` (`domain_id`, `title`, `id`);
-- Create index "grantcall_title_id" to table: "grant_calls"
CREATE INDEX `grantcall_title_id` ON `grant_calls` (`title`, `id`);
-- Create index "grantcall_domain_id_opens_at_id" to table: "grant_calls"
CREATE INDEX `grantcall_domain_id_opens_at_id` ON `grant_calls` (`domain_id`, `opens_at`, `id`);
-- Create index "grantcall_opens_at_id" to table: "grant_calls"
CREATE INDEX `grantcall_opens_at_id` ON `grant_calls` (`opens_at`, `id`);
-- Create index "grantcall_domain_id_closes_at_id" to table: "grant_calls"
CREATE INDEX `grantcall_domain_id_closes_at_id` ON `grant_calls` (`domain_id`, `closes_at`, `id`);
-- Create index "grantcall_closes_at_id" to table: "grant_calls"
CREATE INDEX `grantcall_closes_at_id` ON `grant_calls` (`closes_at`, `id`);
-- Create index "ledgerentry_domain_id_created_at_id" to table: "ledger_entries"
CREATE INDEX `ledgerentry_domain_id_created_at_id` ON `ledger_entries` (`domain_id`, `created_at`, `id`);
-- Create index "ledgerentry_created_at_id" to table: "ledger_entries"
CREATE INDEX `ledgerentry_created_at_id` ON `ledger_entries` (`created_at`, `id`);
-- Create index "proposal_domain_id_created_at_id" to table: "proposals"
CREATE INDEX `proposal_domain_id_created_at_id` ON `proposals` (`domain_id`, `created_at`, `id`);
-- Create index "proposal_created_at_id" to table: "proposals"
CREATE INDEX `proposal_created_at_id` ON `proposals` (`created_at`, `id`);
-- Create index "proposal_domain_id_title_id" to table: "proposals"
CREATE INDEX `proposal_domain_id_title_id` ON `proposals` (`domain_id`, `title`, `id`);
-- Create index "proposal_title_id" to table: "proposals"
CREATE INDEX `proposal_title_id` ON `proposals` (`title`, `id`);
-- Create index "proposal_domain_id_requested_id" to table: "proposals"
CREATE INDEX `proposal_domain_id_requested_id` ON `proposals` (`domain_id`, `requested`, `id`);
-- Create index "proposal_requested_id" to table: "proposals"
CREATE INDEX `proposal_requested_id` ON `proposals` (`requested`, `id`);
-- Create index "proposal_domain_id_status_id" to table: "proposals"
CREATE INDEX `proposal_domain_id_status_id` ON `proposals` (`domain_id`, `status`, `id`);
-- Create index "proposal_status_id" to table: "proposals"
CREATE INDEX `proposal_status_id` ON `proposals` (`status`, `id`);
-- Drop index "guidanceofficer_domain_id_current_load" from table: "guidance_officers"
DROP INDEX `guidanceofficer_domain_id_current_load`;
-- Create index "guidanceofficer_domain_id_created_at_id" to table: "guidance_officers"
CREATE INDEX `guidanceofficer_domain_id_created_at_id` ON `guidance_officers` (`domain_id`, `created_at`, `id`);
-- Create index "guidanceofficer_created_at_id" to table: "guidance_officers"
CREATE INDEX `guidanceofficer_created_at_id` ON `guidance_officers` (`created_at`, `id`);
-- Create index "guidanceofficer_domain_id_name_id" to table: "guidance_officers"
CREATE INDEX `guidanceofficer_domain_id_name_id` ON `guidance_officers` (`domain_id`, `name`, `id`);
-- Create index "guidanceofficer_name_id" to table: "guidance_officers"
CREATE INDEX `guidanceofficer_name_id` ON `guidance_officers` (`name`, `id`);
-- Create index "guidanceofficer_domain_id_current_load_id" to table: "guidance_officers"
CREATE INDEX `guidanceofficer_domain_id_current_load_id` ON `guidance_officers` (`domain_id`, `current_load`, `id`);
-- Create index "guidanceofficer_current_load_id" to table: "guidance_officers"
CREATE INDEX `guidanceofficer_current_load_id` ON `guidance_officers` (`current_load`, `id`);
-- Drop index "partyactivity_domain_id_held_on" from table: "party_activities"
DROP INDEX `partyactivity_domain_id_held_on`;
-- Drop index "partyactivity_domain_id_type" from table: "party_activities"
DROP INDEX `partyactivity_domain_id_type`;
-- Create index "partyactivity_domain_id_created_at_id" to table: "party_activities"
CREATE INDEX `partyactivity_domain_id_created_at_id` ON `party_activities` (`domain_id`, `created_at`, `id`);
-- Create index "partyactivity_created_at_id" to table: "party_activities"
CREATE INDEX `partyactivity_created_at_id` ON `party_activities` (`created_at`, `id`);
-- Create index "partyactivity_domain_id_type_id" to table: "party_activities"
CREATE INDEX `partyactivity_domain_id_type_id` ON `party_activities` (`domain_id`, `type`, `id`);
-- Create index "partyactivity_type_id" to table: "party_activities"
CREATE INDEX `partyactivity_type_id` ON `party_activities` (`type`, `id`);
-- Create index "partyactivity_domain_id_title_id" to table: "party_activities"
CREATE INDEX `partyactivity_domain_id_title_id` ON `party_activities` (`domain_id`, `title`, `id`);
-- Create index "partyactivity_title_id" to table: "party_activities"
CREATE INDEX `partyactivity_title_id` ON `party_activities` (`title`, `id`);
-- Create index "partyactivity_domain_id_held_on_id" to table: "party_activities"
CREATE INDEX `partyactivity_domain_id_held_on_id` ON `party_activities` (`domain_id`, `held_on`, `id`);
-- Create index "partyactivity_held_on_id" to table: "party_activities"
CREATE INDEX `partyactivity_held_on_id` ON `party_activities` (`held_on`, `id`);
-- Create index "partyorganization_domain_id_created_at_id" to table: "party_organizations"
CREATE INDEX `partyorganization_domain_id_created_at_id` ON `party_organizations` (`domain_id`, `created_at`, `id`);
-- Create index "partyorganization_created_at_id" to table: "party_organizations"
CREATE INDEX `partyorganization_created_at_id` ON `party_organizations` (`created_at`, `id`);
-- Create index "partyorganization_domain_id_kind_id" to table: "party_organizations"
CREATE INDEX `partyorganization_domain_id_kind_id` ON `party_organizations` (`domain_id`, `kind`, `id`);
-- Create index "partyorganization_kind_id" to table: "party_organizations"
CREATE INDEX `partyorganization_kind_id` ON `party_organizations` (`kind`, `id`);
-- Create index "partyorganization_domain_id_name_id" to table: "party_organizations"
CREATE INDEX `partyorganization_domain_id_name_id` ON `party_organizations` (`domain_id`, `name`, `id`);
-- Create index "partyorganization_name_id" to table: "party_organizations"
CREATE INDEX `partyorganization_name_id` ON `party_organizations` (`name`, `id`);
-- Create index "partyorganization_domain_id_founded_on_id" to table: "party_organizations"
CREATE INDEX `partyorganization_domain_id_founded_on_id` ON `party_organizations` (`domain_id`, `founded_on`, `id`);
-- Create index "partyorganization_founded_on_id" to table: "party_organizations"
CREATE INDEX `partyorganization_founded_on_id` ON `party_organizations` (`founded_on`, `id`);
-- Drop index "partyvisit_domain_id_visited_on" from table: "party_visits"
DROP INDEX `partyvisit_domain_id_visited_on`;
-- Create index "partyvisit_domain_id_created_at_id" to table: "party_visits"
CREATE INDEX `partyvisit_domain_id_created_at_id` ON `party_visits` (`domain_id`, `created_at`, `id`);
-- Create index "partyvisit_created_at_id" to table: "party_visits"
CREATE INDEX `partyvisit_created_at_id` ON `party_visits` (`created_at`, `id`);
-- Create index "partyvisit_domain_id_visited_on_id" to table: "party_visits"
CREATE INDEX `partyvisit_domain_id_visited_on_id` ON `party_visits` (`domain_id`, `visited_on`, `id`);
-- Create index "partyvisit_visited_on_id" to table: "party_visits"
CREATE INDEX `partyvisit_visited_on_id` ON `party_visits` (`visited_on`, `id`);
-- Drop index "partyvolunteer_domain_id_name" from table: "party_volunteers"
DROP INDEX `partyvolunteer_domain_id_name`;
-- Create index "partyvolunteer_domain_id_created_at_id" to table: "party_volunteers"
CREATE INDEX `partyvolunteer_domain_id_created_at_id` ON `party_volunteers` (`domain_id`, `created_at`, `id`);
-- Create index "partyvolunteer_created_at_id" to table: "party_volunteers"
CREATE INDEX `partyvolunteer_created_at_id` ON `party_volunteers` (`created_at`, `id`);
-- Create index "partyvolunteer_domain_id_name_id" to table: "party_volunteers"
CREATE INDEX `partyvolunteer_domain_id_name_id` ON `party_volunteers` (`domain_id`, `name`, `id`);
-- Create index "partyvolunteer_name_id" to table: "party_volunteers"
CREATE INDEX `partyvolunteer_name_id` ON `party_volunteers` (`name`, `id`);
