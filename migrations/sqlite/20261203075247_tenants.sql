-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_audit_logs" table
CREATE TABLE `new_audit_logs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `domain_id` integer NULL, `actor_username` text NULL, `operation` text NOT NULL, `entity_type` text NOT NULL, `entity_id` text NULL, `changed_fields` json NULL, `changes` json NULL, `request_id` text NULL, `actor_id` integer NULL, `acting_domain_id` integer NULL, CONSTRAINT `audit_logs_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `audit_logs_domains_acting_domain` FOREIGN KEY (`acting_domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL);
-- Copy rows from old table "audit_logs" to new temporary table "new_audit_logs"
INSERT INTO `new_audit_logs` (`id`, `created_at`, `domain_id`, `actor_username`, `operation`, `entity_type`, `entity_id`, `changed_fields`, `changes`, `request_id`, `actor_id`) SELECT `id`, `created_at`, `domain_id`, `actor_username`, `operation`, `entity_type`, `entity_id`, `changed_fields`, `changes`, `request_id`, `actor_id` FROM `audit_logs`;
-- Drop "audit_logs" table after copying rows
DROP TABLE `audit_logs`;
-- Rename temporary table "new_audit_logs" to "audit_logs"
ALTER TABLE `new_audit_logs` RENAME TO `audit_logs`;
-- Create index "auditlog_domain_id_created_at" to table: "audit_logs"
CREATE INDEX `auditlog_domain_id_created_at` ON `audit_logs` (`domain_id`, `created_at`);
-- Create index "auditlog_actor_id_created_at" to table: "audit_logs"
CREATE INDEX `auditlog_actor_id_created_at` ON `audit_logs` (`actor_id`, `created_at`);
-- Create index "auditlog_entity_type_entity_id" to table: "audit_logs"
CREATE INDEX `auditlog_entity_type_entity_id` ON `audit_logs` (`entity_type`, `entity_id`);
-- Add column "acting_domain_id" to table: "sessions"
ALTER TABLE `sessions` ADD COLUMN `acting_domain_id` integer NULL;
-- Create "new_domains" table
CREATE TABLE `new_domains` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `code` text NOT NULL, `bureau_name` text NOT NULL DEFAULT (''), `case_prefix` text NOT NULL DEFAULT ('HC'));
-- Set sequence for "new_domains" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_domains", 4294967296);
-- Copy rows from old table "domains" to new temporary table "new_domains"
INSERT INTO `new_domains` (`id`, `created_at`, `updated_at`, `name`, `code`, `case_prefix`) SELECT `id`, `created_at`, `updated_at`, `name`, `code`, `case_prefix` FROM `domains`;
-- Drop "domains" table after copying rows
DROP TABLE `domains`;
-- Rename temporary table "new_domains" to "domains"
ALTER TABLE `new_domains` RENAME TO `domains`;
-- Create index "domains_code_key" to table: "domains"
CREATE UNIQUE INDEX `domains_code_key` ON `domains` (`code`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
