-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_domains" table
CREATE TABLE `new_domains` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `code` text NOT NULL, `case_prefix` text NOT NULL DEFAULT ('HC'));
-- Set sequence for "new_domains" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_domains", 4294967296);
-- Copy rows from old table "domains" to new temporary table "new_domains"
INSERT INTO `new_domains` (`id`, `created_at`, `updated_at`, `name`, `code`) SELECT `id`, `created_at`, `updated_at`, `name`, `code` FROM `domains`;
-- Drop "domains" table after copying rows
DROP TABLE `domains`;
-- Rename temporary table "new_domains" to "domains"
ALTER TABLE `new_domains` RENAME TO `domains`;
-- Create index "domains_code_key" to table: "domains"
CREATE UNIQUE INDEX `domains_code_key` ON `domains` (`code`);
-- Create "new_documents" table
CREATE TABLE `new_documents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `category` text NOT NULL, `title` text NOT NULL, `expires_on` datetime NULL, `version_count` integer NOT NULL DEFAULT (0), `deleted_at` datetime NULL, `purged_at` datetime NULL, `domain_id` integer NOT NULL, `current_version_id` integer NULL, `deleted_by_id` integer NULL, `organization_id` integer NULL, `case_id` integer NULL, CONSTRAINT `documents_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `documents_document_versions_current` FOREIGN KEY (`current_version_id`) REFERENCES `document_versions` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_users_deleted_by` FOREIGN KEY (`deleted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_organizations_documents` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_service_cases_documents` FOREIGN KEY (`case_id`) REFERENCES `service_cases` (`id`) ON DELETE SET NULL);
-- Set sequence for "new_documents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_documents", 30064771072);
-- Copy rows from old table "documents" to new temporary table "new_documents"
INSERT INTO `new_documents` (`id`, `created_at`, `updated_at`, `category`, `title`, `expires_on`, `version_count`, `deleted_at`, `purged_at`, `domain_id`, `current_version_id`, `deleted_by_id`, `organization_id`) SELECT `id`, `created_at`, `updated_at`, `category`, `title`, `expires_on`, `version_count`, `deleted_at`, `purged_at`, `domain_id`, `current_version_id`, `deleted_by_id`, `organization_id` FROM `documents`;
-- Drop "documents" table after copying rows
DROP TABLE `documents`;
-- Rename temporary table "new_documents" to "documents"
ALTER TABLE `new_documents` RENAME TO `documents`;
-- Create index "document_organization_id_deleted_at" to table: "documents"
CREATE INDEX `document_organization_id_deleted_at` ON `documents` (`organization_id`, `deleted_at`);
-- Create index "document_domain_id_expires_on" to table: "documents"
CREATE INDEX `document_domain_id_expires_on` ON `documents` (`domain_id`, `expires_on`);
-- Create "calendar_days" table
CREATE TABLE `calendar_days` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `date` datetime NOT NULL, `workday` bool NOT NULL, `name` text NULL);
-- Set sequence for "calendar_days" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("calendar_days", 42949672960);
-- Create index "calendar_days_date_key" to table: "calendar_days"
CREATE UNIQUE INDEX `calendar_days_date_key` ON `calendar_days` (`date`);
-- Create "case_counters" table
CREATE TABLE `case_counters` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `domain_id` integer NOT NULL, `year` integer NOT NULL, `last` integer NOT NULL DEFAULT (0));
-- Set sequence for "case_counters" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("case_counters", 47244640256);
-- Create index "casecounter_domain_id_year" to table: "case_counters"
CREATE UNIQUE INDEX `casecounter_domain_id_year` ON `case_counters` (`domain_id`, `year`);
-- Create "case_events" table
CREATE TABLE `case_events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `action` text NOT NULL, `from_state` text NULL, `to_state` text NULL, `actor_id` integer NULL, `actor_name` text NULL, `reason` text NULL, `domain_id` integer NOT NULL, `case_id` integer NOT NULL, CONSTRAINT `case_events_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `case_events_service_cases_events` FOREIGN KEY (`case_id`) REFERENCES `service_cases` (`id`) ON DELETE NO ACTION);
-- Set sequence for "case_events" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("case_events", 51539607552);
-- Create "case_notices" table
CREATE TABLE `case_notices` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `items` json NOT NULL, `deadline` datetime NOT NULL, `consequence` text NOT NULL, `issued_by_id` integer NOT NULL, `fulfilled_at` datetime NULL, `expired_at` datetime NULL, `domain_id` integer NOT NULL, `case_id` integer NOT NULL, CONSTRAINT `case_notices_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `case_notices_service_cases_notice` FOREIGN KEY (`case_id`) REFERENCES `service_cases` (`id`) ON DELETE NO ACTION);
-- Set sequence for "case_notices" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("case_notices", 55834574848);
-- Create index "case_notices_case_id_key" to table: "case_notices"
CREATE UNIQUE INDEX `case_notices_case_id_key` ON `case_notices` (`case_id`);
-- Create "consultations" table
CREATE TABLE `consultations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `unit` text NOT NULL, `due_on` datetime NOT NULL, `answer` text NOT NULL DEFAULT ('PENDING'), `reason` text NULL, `answered_at` datetime NULL, `domain_id` integer NOT NULL, `assignee_id` integer NOT NULL, `case_id` integer NOT NULL, CONSTRAINT `consultations_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `consultations_users_assignee` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `consultations_service_cases_consultations` FOREIGN KEY (`case_id`) REFERENCES `service_cases` (`id`) ON DELETE NO ACTION);
-- Set sequence for "consultations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("consultations", 60129542144);
-- Create index "consultation_assignee_id_answer" to table: "consultations"
CREATE INDEX `consultation_assignee_id_answer` ON `consultations` (`assignee_id`, `answer`);
-- Create "service_cases" table
CREATE TABLE `service_cases` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `number` text NULL, `title` text NOT NULL, `state` text NOT NULL DEFAULT ('DRAFT'), `item_name` text NOT NULL, `statutory_days` integer NOT NULL, `promised_days` integer NOT NULL, `supplement_days` integer NOT NULL, `delegated` bool NOT NULL, `checklist` json NOT NULL, `pauses` json NOT NULL, `submitted_at` datetime NULL, `accepted_at` datetime NULL, `due_on` datetime NULL, `decided_at` datetime NULL, `decision` text NULL, `decision_reason` text NULL, `working_days_used` integer NULL, `on_time` bool NULL, `delivery_method` text NULL, `tracking_number` text NULL, `delivered_at` datetime NULL, `rating` integer NULL, `rating_comment` text NULL, `closed_at` datetime NULL, `follow_up` text NOT NULL DEFAULT ('NONE'), `follow_up_note` text NULL, `reminded_on` datetime NULL, `domain_id` integer NOT NULL, `service_item_id` integer NOT NULL, `organization_id` integer NOT NULL, `applicant_id` integer NOT NULL, `handler_id` integer NULL, CONSTRAINT `service_cases_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `service_cases_service_items_service_item` FOREIGN KEY (`service_item_id`) REFERENCES `service_items` (`id`) ON DELETE NO ACTION, CONSTRAINT `service_cases_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `service_cases_users_applicant` FOREIGN KEY (`applicant_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `service_cases_users_handler` FOREIGN KEY (`handler_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "service_cases" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("service_cases", 64424509440);
-- Create index "servicecase_domain_id_number" to table: "service_cases"
CREATE UNIQUE INDEX `servicecase_domain_id_number` ON `service_cases` (`domain_id`, `number`);
-- Create index "servicecase_domain_id_state_due_on" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_state_due_on` ON `service_cases` (`domain_id`, `state`, `due_on`);
-- Create index "servicecase_domain_id_service_item_id_closed_at" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_service_item_id_closed_at` ON `service_cases` (`domain_id`, `service_item_id`, `closed_at`);
-- Create index "servicecase_organization_id" to table: "service_cases"
CREATE INDEX `servicecase_organization_id` ON `service_cases` (`organization_id`);
-- Create "service_items" table
CREATE TABLE `service_items` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `description` text NULL, `statutory_days` integer NOT NULL, `promised_days` integer NOT NULL, `supplement_days` integer NOT NULL DEFAULT (5), `delegated` bool NOT NULL DEFAULT (false), `materials` json NOT NULL, `active` bool NOT NULL DEFAULT (true), `domain_id` integer NOT NULL, CONSTRAINT `service_items_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "service_items" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("service_items", 68719476736);
-- Create index "serviceitem_domain_id_code" to table: "service_items"
CREATE UNIQUE INDEX `serviceitem_domain_id_code` ON `service_items` (`domain_id`, `code`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
