-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_service_cases" table
CREATE TABLE `new_service_cases` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `number` text NULL, `programme` text NOT NULL DEFAULT (''), `application` json NULL, `title` text NOT NULL, `state` text NOT NULL DEFAULT ('DRAFT'), `item_name` text NOT NULL, `statutory_days` integer NOT NULL, `promised_days` integer NOT NULL, `supplement_days` integer NOT NULL, `delegated` bool NOT NULL, `checklist` json NOT NULL, `pauses` json NOT NULL, `submitted_at` datetime NULL, `accepted_at` datetime NULL, `due_on` datetime NULL, `decided_at` datetime NULL, `decision` text NULL, `decision_reason` text NULL, `working_days_used` integer NULL, `on_time` bool NULL, `delivery_method` text NULL, `tracking_number` text NULL, `delivered_at` datetime NULL, `rating` integer NULL, `rating_comment` text NULL, `closed_at` datetime NULL, `follow_up` text NOT NULL DEFAULT ('NONE'), `follow_up_note` text NULL, `reminded_on` datetime NULL, `domain_id` integer NOT NULL, `service_item_id` integer NOT NULL, `organization_id` integer NOT NULL, `applicant_id` integer NOT NULL, `handler_id` integer NULL, CONSTRAINT `service_cases_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `service_cases_service_items_service_item` FOREIGN KEY (`service_item_id`) REFERENCES `service_items` (`id`) ON DELETE NO ACTION, CONSTRAINT `service_cases_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `service_cases_users_applicant` FOREIGN KEY (`applicant_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `service_cases_users_handler` FOREIGN KEY (`handler_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "new_service_cases" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_service_cases", 64424509440);
-- Copy rows from old table "service_cases" to new temporary table "new_service_cases"
INSERT INTO `new_service_cases` (`id`, `created_at`, `updated_at`, `number`, `title`, `state`, `item_name`, `statutory_days`, `promised_days`, `supplement_days`, `delegated`, `checklist`, `pauses`, `submitted_at`, `accepted_at`, `due_on`, `decided_at`, `decision`, `decision_reason`, `working_days_used`, `on_time`, `delivery_method`, `tracking_number`, `delivered_at`, `rating`, `rating_comment`, `closed_at`, `follow_up`, `follow_up_note`, `reminded_on`, `domain_id`, `service_item_id`, `organization_id`, `applicant_id`, `handler_id`) SELECT `id`, `created_at`, `updated_at`, `number`, `title`, `state`, `item_name`, `statutory_days`, `promised_days`, `supplement_days`, `delegated`, `checklist`, `pauses`, `submitted_at`, `accepted_at`, `due_on`, `decided_at`, `decision`, `decision_reason`, `working_days_used`, `on_time`, `delivery_method`, `tracking_number`, `delivered_at`, `rating`, `rating_comment`, `closed_at`, `follow_up`, `follow_up_note`, `reminded_on`, `domain_id`, `service_item_id`, `organization_id`, `applicant_id`, `handler_id` FROM `service_cases`;
-- Drop "service_cases" table after copying rows
DROP TABLE `service_cases`;
-- Rename temporary table "new_service_cases" to "service_cases"
ALTER TABLE `new_service_cases` RENAME TO `service_cases`;
-- Create index "servicecase_domain_id_number" to table: "service_cases"
CREATE UNIQUE INDEX `servicecase_domain_id_number` ON `service_cases` (`domain_id`, `number`);
-- Create index "servicecase_domain_id_state_due_on" to table: "service_cases"
CREATE INDEX `servicecase_domain_id_state_due_on` ON `service_cases` (`domain_id`, `state`, `due_on`);
-- Create index "servicecase_statistics" to table: "service_cases"
CREATE INDEX `servicecase_statistics` ON `service_cases` (`domain_id`, `state`, `closed_at`, `service_item_id`, `on_time`, `working_days_used`, `promised_days`, `rating`);
-- Create index "servicecase_organization_id" to table: "service_cases"
CREATE INDEX `servicecase_organization_id` ON `service_cases` (`organization_id`);
-- Create "new_service_items" table
CREATE TABLE `new_service_items` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `description` text NULL, `statutory_days` integer NOT NULL, `promised_days` integer NOT NULL, `supplement_days` integer NOT NULL DEFAULT (5), `delegated` bool NOT NULL DEFAULT (false), `materials` json NOT NULL, `active` bool NOT NULL DEFAULT (true), `programme` text NOT NULL DEFAULT (''), `domain_id` integer NOT NULL, CONSTRAINT `service_items_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "new_service_items" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_service_items", 68719476736);
-- Copy rows from old table "service_items" to new temporary table "new_service_items"
INSERT INTO `new_service_items` (`id`, `created_at`, `updated_at`, `code`, `name`, `description`, `statutory_days`, `promised_days`, `supplement_days`, `delegated`, `materials`, `active`, `domain_id`) SELECT `id`, `created_at`, `updated_at`, `code`, `name`, `description`, `statutory_days`, `promised_days`, `supplement_days`, `delegated`, `materials`, `active`, `domain_id` FROM `service_items`;
-- Drop "service_items" table after copying rows
DROP TABLE `service_items`;
-- Rename temporary table "new_service_items" to "service_items"
ALTER TABLE `new_service_items` RENAME TO `service_items`;
-- Create index "serviceitem_domain_id_code" to table: "service_items"
CREATE UNIQUE INDEX `serviceitem_domain_id_code` ON `service_items` (`domain_id`, `code`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
