-- Create index "membership_organization_id" to table: "memberships"
CREATE INDEX `membership_organization_id` ON `memberships` (`organization_id`);
-- Create index "session_user_id" to table: "sessions"
CREATE INDEX `session_user_id` ON `sessions` (`user_id`);
-- Create index "documentversion_uploaded_by_id" to table: "document_versions"
CREATE INDEX `documentversion_uploaded_by_id` ON `document_versions` (`uploaded_by_id`);
-- Create index "caseevent_case_id_id" to table: "case_events"
CREATE INDEX `caseevent_case_id_id` ON `case_events` (`case_id`, `id`);
-- Create index "consultation_case_id" to table: "consultations"
CREATE INDEX `consultation_case_id` ON `consultations` (`case_id`);
-- Create index "servicecase_applicant_id" to table: "service_cases"
CREATE INDEX `servicecase_applicant_id` ON `service_cases` (`applicant_id`);
-- Create index "servicecase_handler_id" to table: "service_cases"
CREATE INDEX `servicecase_handler_id` ON `service_cases` (`handler_id`);
-- Create index "documentupload_uploaded_by_id" to table: "document_uploads"
CREATE INDEX `documentupload_uploaded_by_id` ON `document_uploads` (`uploaded_by_id`);
-- Create index "document_case_id" to table: "documents"
CREATE INDEX `document_case_id` ON `documents` (`case_id`);
-- Create index "document_current_version_id" to table: "documents"
CREATE INDEX `document_current_version_id` ON `documents` (`current_version_id`);
-- Create index "document_deleted_by_id" to table: "documents"
CREATE INDEX `document_deleted_by_id` ON `documents` (`deleted_by_id`);
-- Create index "spaceoffer_space_id" to table: "space_offers"
CREATE INDEX `spaceoffer_space_id` ON `space_offers` (`space_id`);
-- Create index "tenancy_mentor_id" to table: "tenancies"
CREATE INDEX `tenancy_mentor_id` ON `tenancies` (`mentor_id`);
-- Create index "tenancyextension_tenancy_id" to table: "tenancy_extensions"
CREATE INDEX `tenancyextension_tenancy_id` ON `tenancy_extensions` (`tenancy_id`);
-- Create index "grantcall_service_item_id" to table: "grant_calls"
CREATE INDEX `grantcall_service_item_id` ON `grant_calls` (`service_item_id`);
-- Create index "grantcallfund_fund_budget_id" to table: "grant_call_funds"
CREATE INDEX `grantcallfund_fund_budget_id` ON `grant_call_funds` (`fund_budget_id`);
-- Create index "objection_award_id_id" to table: "objections"
CREATE INDEX `objection_award_id_id` ON `objections` (`award_id`, `id`);
-- Create index "panelmember_expert_id" to table: "panel_members"
CREATE INDEX `panelmember_expert_id` ON `panel_members` (`expert_id`);
-- Create index "partyactivity_officer_id" to table: "party_activities"
CREATE INDEX `partyactivity_officer_id` ON `party_activities` (`officer_id`);
-- Create index "partycoverage_party_organization_id" to table: "party_coverages"
CREATE INDEX `partycoverage_party_organization_id` ON `party_coverages` (`party_organization_id`);
