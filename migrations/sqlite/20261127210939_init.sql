-- Create "audit_logs" table
CREATE TABLE `audit_logs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `domain_id` integer NULL, `actor_username` text NULL, `operation` text NOT NULL, `entity_type` text NOT NULL, `entity_id` text NULL, `changed_fields` json NULL, `changes` json NULL, `request_id` text NULL, `actor_id` integer NULL, CONSTRAINT `audit_logs_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Create index "auditlog_domain_id_created_at" to table: "audit_logs"
CREATE INDEX `auditlog_domain_id_created_at` ON `audit_logs` (`domain_id`, `created_at`);
-- Create index "auditlog_actor_id_created_at" to table: "audit_logs"
CREATE INDEX `auditlog_actor_id_created_at` ON `audit_logs` (`actor_id`, `created_at`);
-- Create index "auditlog_entity_type_entity_id" to table: "audit_logs"
CREATE INDEX `auditlog_entity_type_entity_id` ON `audit_logs` (`entity_type`, `entity_id`);
-- Create "domains" table
CREATE TABLE `domains` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `code` text NOT NULL);
-- Set sequence for "domains" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("domains", 4294967296);
-- Create index "domains_code_key" to table: "domains"
CREATE UNIQUE INDEX `domains_code_key` ON `domains` (`code`);
-- Create "memberships" table
CREATE TABLE `memberships` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `title` text NULL, `domain_id` integer NOT NULL, `organization_id` integer NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `memberships_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_organizations_memberships` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_users_memberships` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "memberships" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("memberships", 8589934592);
-- Create index "membership_user_id_organization_id" to table: "memberships"
CREATE UNIQUE INDEX `membership_user_id_organization_id` ON `memberships` (`user_id`, `organization_id`);
-- Create "organizations" table
CREATE TABLE `organizations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `uscc` text NOT NULL, `kind` text NOT NULL, `stage` text NOT NULL, `service_fields` json NOT NULL, `registered_on` datetime NULL, `legal_representative` text NULL, `contact_person` text NULL, `contact_phone` text NULL, `address` text NULL, `town` text NULL, `charity_status` text NOT NULL DEFAULT ('NONE'), `status` text NOT NULL DEFAULT ('ACTIVE'), `domain_id` integer NOT NULL, CONSTRAINT `organizations_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "organizations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("organizations", 12884901888);
-- Create index "organization_domain_id_uscc" to table: "organizations"
CREATE UNIQUE INDEX `organization_domain_id_uscc` ON `organizations` (`domain_id`, `uscc`);
-- Create index "organization_domain_id_name" to table: "organizations"
CREATE INDEX `organization_domain_id_name` ON `organizations` (`domain_id`, `name`);
-- Create "role_assignments" table
CREATE TABLE `role_assignments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL, `domain_id` integer NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `role_assignments_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `role_assignments_users_role_assignments` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "role_assignments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("role_assignments", 17179869184);
-- Create index "roleassignment_user_id_role_domain_id" to table: "role_assignments"
CREATE UNIQUE INDEX `roleassignment_user_id_role_domain_id` ON `role_assignments` (`user_id`, `role`, `domain_id`);
-- Create "sessions" table
CREATE TABLE `sessions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `token_hash` blob NOT NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `last_seen_at` datetime NOT NULL, `revoked_at` datetime NULL, `user_agent` text NULL, `ip` text NULL, `user_id` integer NOT NULL, CONSTRAINT `sessions_users_sessions` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "sessions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("sessions", 21474836480);
-- Create index "sessions_token_hash_key" to table: "sessions"
CREATE UNIQUE INDEX `sessions_token_hash_key` ON `sessions` (`token_hash`);
-- Create index "session_expires_at" to table: "sessions"
CREATE INDEX `session_expires_at` ON `sessions` (`expires_at`);
-- Create "users" table
CREATE TABLE `users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `username` text NOT NULL, `display_name` text NOT NULL, `phone` text NULL, `email` text NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `password_hash` text NOT NULL, `failed_logins` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `last_login_at` datetime NULL, `password_changed_at` datetime NULL, `domain_id` integer NOT NULL, CONSTRAINT `users_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "users" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("users", 25769803776);
-- Create index "users_username_key" to table: "users"
CREATE UNIQUE INDEX `users_username_key` ON `users` (`username`);
