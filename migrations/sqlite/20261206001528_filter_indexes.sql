-- Create index "user_domain_id_status_id" to table: "users"
CREATE INDEX `user_domain_id_status_id` ON `users` (`domain_id`, `status`, `id`);
-- Create index "user_status_id" to table: "users"
CREATE INDEX `user_status_id` ON `users` (`status`, `id`);
-- Create index "calendarday_workday_id" to table: "calendar_days"
CREATE INDEX `calendarday_workday_id` ON `calendar_days` (`workday`, `id`);
-- Create index "consultation_domain_id_answer_id" to table: "consultations"
CREATE INDEX `consultation_domain_id_answer_id` ON `consultations` (`domain_id`, `answer`, `id`);
-- Create index "consultation_answer_id" to table: "consultations"
CREATE INDEX `consultation_answer_id` ON `consultations` (`answer`, `id`);
-- Create index "servicecase_domain_id_follow_up_id" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_follow_up_id` ON `service_cases` (`domain_id`, `follow_up`, `id`);
-- Create index "servicecase_follow_up_id" to table: "service_cases"
CREATE INDEX `servicecase_follow_up_id` ON `service_cases` (`follow_up`, `id`);
-- Create index "servicecase_domain_id_title_id" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_title_id` ON `service_cases` (`domain_id`, `title`, `id`);
-- Create index "servicecase_title_id" to table: "service_cases"
CREATE INDEX `servicecase_title_id` ON `service_cases` (`title`, `id`);
-- Create index "servicecase_service_item_id" to table: "service_cases"
CREATE INDEX `servicecase_service_item_id` ON `service_cases` (`service_item_id`);
-- Create index "serviceitem_domain_id_active_id" to table: "service_items"
CREATE INDEX `serviceitem_domain_id_active_id` ON `service_items` (`domain_id`, `active`, `id`);
-- Create index "serviceitem_active_id" to table: "service_items"
CREATE INDEX `serviceitem_active_id` ON `service_items` (`active`, `id`);
-- Create index "auditlog_domain_id_entity_type_entity_id" to table: "audit_logs"
CREATE INDEX `auditlog_domain_id_entity_type_entity_id` ON `audit_logs` (`domain_id`, `entity_type`, `entity_id`);
-- Create index "auditlog_domain_id_operation_id" to table: "audit_logs"
CREATE INDEX `auditlog_domain_id_operation_id` ON `audit_logs` (`domain_id`, `operation`, `id`);
-- Create index "auditlog_operation_id" to table: "audit_logs"
CREATE INDEX `auditlog_operation_id` ON `audit_logs` (`operation`, `id`);
-- Create index "auditlog_domain_id_entity_id_id" to table: "audit_logs"
CREATE INDEX `auditlog_domain_id_entity_id_id` ON `audit_logs` (`domain_id`, `entity_id`, `id`);
-- Create index "auditlog_entity_id_id" to table: "audit_logs"
CREATE INDEX `auditlog_entity_id_id` ON `audit_logs` (`entity_id`, `id`);
-- Create index "document_domain_id_deleted_at_id" to table: "documents"
CREATE INDEX `document_domain_id_deleted_at_id` ON `documents` (`domain_id`, `deleted_at`, `id`);
-- Create index "document_deleted_at_id" to table: "documents"
CREATE INDEX `document_deleted_at_id` ON `documents` (`deleted_at`, `id`);
-- Create index "incubationcentre_domain_id_active_id" to table: "incubation_centres"
CREATE INDEX `incubationcentre_domain_id_active_id` ON `incubation_centres` (`domain_id`, `active`, `id`);
-- Create index "incubationcentre_active_id" to table: "incubation_centres"
CREATE INDEX `incubationcentre_active_id` ON `incubation_centres` (`active`, `id`);
-- Create index "tenancy_domain_id_stage_id" to table: "tenancies"
CREATE INDEX `tenancy_domain_id_stage_id` ON `tenancies` (`domain_id`, `stage`, `id`);
-- Create index "tenancy_stage_id" to table: "tenancies"
CREATE INDEX `tenancy_stage_id` ON `tenancies` (`stage`, `id`);
-- Create index "tenancy_domain_id_virtual_id" to table: "tenancies"
CREATE INDEX `tenancy_domain_id_virtual_id` ON `tenancies` (`domain_id`, `virtual`, `id`);
-- Create index "tenancy_virtual_id" to table: "tenancies"
CREATE INDEX `tenancy_virtual_id` ON `tenancies` (`virtual`, `id`);
-- Create index "tenancy_organization_id" to table: "tenancies"
CREATE INDEX `tenancy_organization_id` ON `tenancies` (`organization_id`);
-- Create index "award_domain_id_status_id" to table: "awards"
CREATE INDEX `award_domain_id_status_id` ON `awards` (`domain_id`, `status`, `id`);
-- Create index "award_status_id" to table: "awards"
CREATE INDEX `award_status_id` ON `awards` (`status`, `id`);
-- Create index "award_organization_id" to table: "awards"
CREATE INDEX `award_organization_id` ON `awards` (`organization_id`);
-- Create index "fund_domain_id_kind_id" to table: "funds"
CREATE INDEX `fund_domain_id_kind_id` ON `funds` (`domain_id`, `kind`, `id`);
-- Create index "fund_kind_id" to table: "funds"
CREATE INDEX `fund_kind_id` ON `funds` (`kind`, `id`);
-- Create index "fund_domain_id_active_id" to table: "funds"
CREATE INDEX `fund_domain_id_active_id` ON `funds` (`domain_id`, `active`, `id`);
-- Create index "fund_active_id" to table: "funds"
CREATE INDEX `fund_active_id` ON `funds` (`active`, `id`);
-- Create index "grantcall_domain_id_status_closes_at" to table: "grant_calls"
CREATE INDEX `grantcall_domain_id_status_closes_at` ON `grant_calls` (`domain_id`, `status`, `closes_at`);
-- Create index "ledgerentry_domain_id_kind_id" to table: "ledger_entries"
CREATE INDEX `ledgerentry_domain_id_kind_id` ON `ledger_entries` (`domain_id`, `kind`, `id`);
-- Create index "ledgerentry_kind_id" to table: "ledger_entries"
CREATE INDEX `ledgerentry_kind_id` ON `ledger_entries` (`kind`, `id`);
-- Create index "proposal_domain_id_category_id" to table: "proposals"
CREATE INDEX `proposal_domain_id_category_id` ON `proposals` (`domain_id`, `category`, `id`);
-- Create index "proposal_category_id" to table: "proposals"
CREATE INDEX `proposal_category_id` ON `proposals` (`category`, `id`);
-- Create index "proposal_organization_id" to table: "proposals"
CREATE INDEX `proposal_organization_id` ON `proposals` (`organization_id`);
-- Create index "guidanceofficer_domain_id_active_id" to table: "guidance_officers"
CREATE INDEX `guidanceofficer_domain_id_active_id` ON `guidance_officers` (`domain_id`, `active`, `id`);
-- Create index "guidanceofficer_active_id" to table: "guidance_officers"
CREATE INDEX `guidanceofficer_active_id` ON `guidance_officers` (`active`, `id`);
-- Create index "partyorganization_organization_id" to table: "party_organizations"
CREATE INDEX `partyorganization_organization_id` ON `party_organizations` (`organization_id`);
-- Create index "partyorganization_parent_id" to table: "party_organizations"
CREATE INDEX `partyorganization_parent_id` ON `party_organizations` (`parent_id`);
-- Create index "partyvolunteer_party_organization_id" to table: "party_volunteers"
CREATE INDEX `partyvolunteer_party_organization_id` ON `party_volunteers` (`party_organization_id`);
