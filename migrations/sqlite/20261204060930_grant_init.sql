-- Create "awards" table
CREATE TABLE `awards` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `case_id` integer NOT NULL, `amount` integer NOT NULL, `conditions` text NOT NULL DEFAULT (''), `status` text NOT NULL DEFAULT ('PROVISIONAL'), `decided_by` integer NULL, `finalized_at` datetime NULL, `cancel_reason` text NOT NULL DEFAULT (''), `final_grade` text NULL, `domain_id` integer NOT NULL, `proposal_id` integer NOT NULL, `call_id` integer NOT NULL, `organization_id` integer NOT NULL, CONSTRAINT `awards_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `awards_proposals_proposal` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`) ON DELETE NO ACTION, CONSTRAINT `awards_grant_calls_call` FOREIGN KEY (`call_id`) REFERENCES `grant_calls` (`id`) ON DELETE NO ACTION, CONSTRAINT `awards_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "awards" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("awards", 146028888064);
-- Create index "award_proposal_id" to table: "awards"
CREATE UNIQUE INDEX `award_proposal_id` ON `awards` (`proposal_id`);
-- Create index "award_call_id_status" to table: "awards"
CREATE INDEX `award_call_id_status` ON `awards` (`call_id`, `status`);
-- Create "conflict_declarations" table
CREATE TABLE `conflict_declarations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `panel_id` integer NOT NULL, `item_id` integer NOT NULL, `expert_id` integer NOT NULL, `reason` text NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `conflict_declarations_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "conflict_declarations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("conflict_declarations", 150323855360);
-- Create index "conflictdeclaration_panel_id_item_id_expert_id" to table: "conflict_declarations"
CREATE UNIQUE INDEX `conflictdeclaration_panel_id_item_id_expert_id` ON `conflict_declarations` (`panel_id`, `item_id`, `expert_id`);
-- Create "funds" table
CREATE TABLE `funds` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `description` text NOT NULL DEFAULT (''), `active` bool NOT NULL DEFAULT (true), `domain_id` integer NOT NULL, CONSTRAINT `funds_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "funds" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("funds", 154618822656);
-- Create index "fund_domain_id_name" to table: "funds"
CREATE UNIQUE INDEX `fund_domain_id_name` ON `funds` (`domain_id`, `name`);
-- Create "fund_budgets" table
CREATE TABLE `fund_budgets` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `year` integer NOT NULL, `allocated` integer NOT NULL DEFAULT (0), `committed` integer NOT NULL DEFAULT (0), `disbursed` integer NOT NULL DEFAULT (0), `fund_id` integer NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `fund_budgets_funds_budgets` FOREIGN KEY (`fund_id`) REFERENCES `funds` (`id`) ON DELETE NO ACTION, CONSTRAINT `fund_budgets_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `fund_budget_balances` CHECK (allocated >= 0 AND committed >= 0 AND committed <= allocated AND disbursed >= 0 AND disbursed <= committed));
-- Set sequence for "fund_budgets" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("fund_budgets", 158913789952);
-- Create index "fundbudget_fund_id_year" to table: "fund_budgets"
CREATE UNIQUE INDEX `fundbudget_fund_id_year` ON `fund_budgets` (`fund_id`, `year`);
-- Create "grant_calls" table
CREATE TABLE `grant_calls` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `year` integer NOT NULL, `title` text NOT NULL, `description` text NOT NULL DEFAULT (''), `categories` json NOT NULL, `min_amount` integer NOT NULL, `max_amount` integer NOT NULL, `opens_at` datetime NOT NULL, `closes_at` datetime NOT NULL, `eligibility` json NOT NULL, `rubric` json NOT NULL, `questions` json NOT NULL, `reviewers_per_proposal` integer NOT NULL DEFAULT (3), `announcement_days` integer NOT NULL DEFAULT (5), `status` text NOT NULL DEFAULT ('DRAFT'), `budget` integer NOT NULL DEFAULT (0), `committed` integer NOT NULL DEFAULT (0), `announced_on` datetime NULL, `announcement_ends_on` datetime NULL, `finalized_at` datetime NULL, `domain_id` integer NOT NULL, `service_item_id` integer NOT NULL, CONSTRAINT `grant_calls_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `grant_calls_service_items_service_item` FOREIGN KEY (`service_item_id`) REFERENCES `service_items` (`id`) ON DELETE NO ACTION, CONSTRAINT `grant_call_amounts` CHECK (min_amount <= max_amount), CONSTRAINT `grant_call_committed_within` CHECK (committed >= 0 AND committed <= budget));
-- Set sequence for "grant_calls" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("grant_calls", 163208757248);
-- Create index "grantcall_domain_id_year" to table: "grant_calls"
CREATE INDEX `grantcall_domain_id_year` ON `grant_calls` (`domain_id`, `year`);
-- Create index "grantcall_status_closes_at" to table: "grant_calls"
CREATE INDEX `grantcall_status_closes_at` ON `grant_calls` (`status`, `closes_at`);
-- Create "grant_call_funds" table
CREATE TABLE `grant_call_funds` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `amount` integer NOT NULL, `committed` integer NOT NULL DEFAULT (0), `call_id` integer NOT NULL, `domain_id` integer NOT NULL, `fund_budget_id` integer NOT NULL, CONSTRAINT `grant_call_funds_grant_calls_funds` FOREIGN KEY (`call_id`) REFERENCES `grant_calls` (`id`) ON DELETE NO ACTION, CONSTRAINT `grant_call_funds_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `grant_call_funds_fund_budgets_fund_budget` FOREIGN KEY (`fund_budget_id`) REFERENCES `fund_budgets` (`id`) ON DELETE NO ACTION, CONSTRAINT `grant_call_fund_within` CHECK (committed >= 0 AND committed <= amount));
-- Set sequence for "grant_call_funds" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("grant_call_funds", 167503724544);
-- Create index "grantcallfund_call_id_fund_budget_id" to table: "grant_call_funds"
CREATE UNIQUE INDEX `grantcallfund_call_id_fund_budget_id` ON `grant_call_funds` (`call_id`, `fund_budget_id`);
-- Create "ledger_entries" table
CREATE TABLE `ledger_entries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `amount` integer NOT NULL, `call_id` integer NULL, `award_id` integer NULL, `actor_id` integer NULL, `memo` text NOT NULL DEFAULT (''), `domain_id` integer NOT NULL, `fund_budget_id` integer NOT NULL, CONSTRAINT `ledger_entries_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `ledger_entries_fund_budgets_fund_budget` FOREIGN KEY (`fund_budget_id`) REFERENCES `fund_budgets` (`id`) ON DELETE NO ACTION, CONSTRAINT `ledger_entry_positive` CHECK (amount > 0));
-- Set sequence for "ledger_entries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("ledger_entries", 171798691840);
-- Create index "ledgerentry_fund_budget_id_id" to table: "ledger_entries"
CREATE INDEX `ledgerentry_fund_budget_id_id` ON `ledger_entries` (`fund_budget_id`, `id`);
-- Create index "ledgerentry_call_id" to table: "ledger_entries"
CREATE INDEX `ledgerentry_call_id` ON `ledger_entries` (`call_id`);
-- Create index "ledgerentry_award_id" to table: "ledger_entries"
CREATE INDEX `ledgerentry_award_id` ON `ledger_entries` (`award_id`);
-- Create "objections" table
CREATE TABLE `objections` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `received_on` datetime NOT NULL, `from_name` text NOT NULL DEFAULT (''), `content` text NOT NULL, `recorded_by` integer NOT NULL, `resolution` text NOT NULL DEFAULT ('OPEN'), `resolution_note` text NOT NULL DEFAULT (''), `resolved_at` datetime NULL, `award_id` integer NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `objections_awards_objections` FOREIGN KEY (`award_id`) REFERENCES `awards` (`id`) ON DELETE NO ACTION, CONSTRAINT `objections_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "objections" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("objections", 176093659136);
-- Create "panel_members" table
CREATE TABLE `panel_members` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `domain_id` integer NOT NULL, `expert_id` integer NOT NULL, `panel_id` integer NOT NULL, CONSTRAINT `panel_members_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `panel_members_users_expert` FOREIGN KEY (`expert_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `panel_members_review_panels_members` FOREIGN KEY (`panel_id`) REFERENCES `review_panels` (`id`) ON DELETE NO ACTION);
-- Set sequence for "panel_members" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("panel_members", 180388626432);
-- Create index "panelmember_panel_id_expert_id" to table: "panel_members"
CREATE UNIQUE INDEX `panelmember_panel_id_expert_id` ON `panel_members` (`panel_id`, `expert_id`);
-- Create "proposals" table
CREATE TABLE `proposals` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `title` text NOT NULL DEFAULT (''), `category` text NOT NULL DEFAULT (''), `summary` text NOT NULL DEFAULT (''), `objectives` text NOT NULL DEFAULT (''), `beneficiary_group` text NOT NULL DEFAULT (''), `beneficiary_count` integer NOT NULL DEFAULT (0), `town` text NOT NULL DEFAULT (''), `starts_on` datetime NULL, `ends_on` datetime NULL, `milestones` json NOT NULL, `budget_lines` json NOT NULL, `requested` integer NOT NULL DEFAULT (0), `cofunding` integer NOT NULL DEFAULT (0), `team` text NOT NULL DEFAULT (''), `answers` json NOT NULL, `no_double_funding` bool NOT NULL DEFAULT (false), `status` text NOT NULL DEFAULT ('DRAFT'), `submitted_at` datetime NULL, `domain_id` integer NOT NULL, `call_id` integer NOT NULL, `case_id` integer NOT NULL, `organization_id` integer NOT NULL, CONSTRAINT `proposals_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `proposals_grant_calls_call` FOREIGN KEY (`call_id`) REFERENCES `grant_calls` (`id`) ON DELETE NO ACTION, CONSTRAINT `proposals_service_cases_case` FOREIGN KEY (`case_id`) REFERENCES `service_cases` (`id`) ON DELETE NO ACTION, CONSTRAINT `proposals_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "proposals" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("proposals", 184683593728);
-- Create index "proposal_case_id" to table: "proposals"
CREATE UNIQUE INDEX `proposal_case_id` ON `proposals` (`case_id`);
-- Create index "proposal_call_id_organization_id" to table: "proposals"
CREATE UNIQUE INDEX `proposal_call_id_organization_id` ON `proposals` (`call_id`, `organization_id`) WHERE status <> 'WITHDRAWN';
-- Create index "proposal_call_id_status" to table: "proposals"
CREATE INDEX `proposal_call_id_status` ON `proposals` (`call_id`, `status`);
-- Create "review_assignments" table
CREATE TABLE `review_assignments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `item_id` integer NOT NULL, `organization_id` integer NOT NULL, `status` text NOT NULL DEFAULT ('ASSIGNED'), `manual` bool NOT NULL DEFAULT (false), `scores` json NOT NULL, `comment` text NOT NULL DEFAULT (''), `total_tenths` integer NULL, `submitted_at` datetime NULL, `removed_reason` text NOT NULL DEFAULT (''), `domain_id` integer NOT NULL, `expert_id` integer NOT NULL, `panel_id` integer NOT NULL, CONSTRAINT `review_assignments_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `review_assignments_users_expert` FOREIGN KEY (`expert_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `review_assignments_review_panels_assignments` FOREIGN KEY (`panel_id`) REFERENCES `review_panels` (`id`) ON DELETE NO ACTION);
-- Set sequence for "review_assignments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("review_assignments", 188978561024);
-- Create index "reviewassignment_panel_id_item_id_expert_id" to table: "review_assignments"
CREATE UNIQUE INDEX `reviewassignment_panel_id_item_id_expert_id` ON `review_assignments` (`panel_id`, `item_id`, `expert_id`) WHERE status <> 'REMOVED';
-- Create index "reviewassignment_expert_id_status" to table: "review_assignments"
CREATE INDEX `reviewassignment_expert_id_status` ON `review_assignments` (`expert_id`, `status`);
-- Create index "reviewassignment_panel_id_item_id" to table: "review_assignments"
CREATE INDEX `reviewassignment_panel_id_item_id` ON `review_assignments` (`panel_id`, `item_id`);
-- Create "review_panels" table
CREATE TABLE `review_panels` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `subject_kind` text NOT NULL, `subject_id` integer NOT NULL, `name` text NOT NULL, `rubric` json NOT NULL, `reviewers_per_item` integer NOT NULL DEFAULT (3), `closed_at` datetime NULL, `domain_id` integer NOT NULL, CONSTRAINT `review_panels_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "review_panels" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("review_panels", 193273528320);
-- Create index "reviewpanel_subject_kind_subject_id" to table: "review_panels"
CREATE UNIQUE INDEX `reviewpanel_subject_kind_subject_id` ON `review_panels` (`subject_kind`, `subject_id`);
