-- Documents and uploads name their owner generically (owner_kind, owner_id)
-- instead of one column per kind. Every existing owner is an organisation:
-- the row copies below fill the owner from organization_id.
-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_document_uploads" table
CREATE TABLE `new_document_uploads` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `owner_kind` text NULL, `owner_id` integer NULL, `document_id` integer NULL, `category` text NOT NULL, `title` text NOT NULL, `expires_on` datetime NULL, `filename` text NOT NULL, `content_type` text NOT NULL, `size` integer NOT NULL, `sha256` text NOT NULL, `object_key` text NOT NULL, `form_expires_at` datetime NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `domain_id` integer NOT NULL, `uploaded_by_id` integer NOT NULL, CONSTRAINT `document_uploads_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `document_uploads_users_uploaded_by` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "new_document_uploads" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_document_uploads", 34359738368);
-- Copy rows from old table "document_uploads" to new temporary table "new_document_uploads"
INSERT INTO `new_document_uploads` (`id`, `created_at`, `updated_at`, `owner_kind`, `owner_id`, `document_id`, `category`, `title`, `expires_on`, `filename`, `content_type`, `size`, `sha256`, `object_key`, `form_expires_at`, `status`, `domain_id`, `uploaded_by_id`) SELECT `id`, `created_at`, `updated_at`, CASE WHEN `organization_id` IS NULL THEN NULL ELSE 'organization' END, `organization_id`, `document_id`, `category`, `title`, `expires_on`, `filename`, `content_type`, `size`, `sha256`, `object_key`, `form_expires_at`, `status`, `domain_id`, `uploaded_by_id` FROM `document_uploads`;
-- Drop "document_uploads" table after copying rows
DROP TABLE `document_uploads`;
-- Rename temporary table "new_document_uploads" to "document_uploads"
ALTER TABLE `new_document_uploads` RENAME TO `document_uploads`;
-- Create index "documentupload_created_at" to table: "document_uploads"
CREATE INDEX `documentupload_created_at` ON `document_uploads` (`created_at`);
-- Create index "documentupload_object_key" to table: "document_uploads"
CREATE UNIQUE INDEX `documentupload_object_key` ON `document_uploads` (`object_key`);
-- Create "new_documents" table
CREATE TABLE `new_documents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `owner_kind` text NOT NULL, `owner_id` integer NOT NULL, `category` text NOT NULL, `title` text NOT NULL, `expires_on` datetime NULL, `version_count` integer NOT NULL DEFAULT (0), `deleted_at` datetime NULL, `purged_at` datetime NULL, `domain_id` integer NOT NULL, `current_version_id` integer NULL, `deleted_by_id` integer NULL, `organization_id` integer NULL, `case_id` integer NULL, CONSTRAINT `documents_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `documents_document_versions_current` FOREIGN KEY (`current_version_id`) REFERENCES `document_versions` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_users_deleted_by` FOREIGN KEY (`deleted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_organizations_documents` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_service_cases_documents` FOREIGN KEY (`case_id`) REFERENCES `service_cases` (`id`) ON DELETE SET NULL);
-- Set sequence for "new_documents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_documents", 30064771072);
-- Copy rows from old table "documents" to new temporary table "new_documents"
INSERT INTO `new_documents` (`id`, `created_at`, `updated_at`, `owner_kind`, `owner_id`, `category`, `title`, `expires_on`, `version_count`, `deleted_at`, `purged_at`, `domain_id`, `current_version_id`, `deleted_by_id`, `organization_id`, `case_id`) SELECT `id`, `created_at`, `updated_at`, 'organization', `organization_id`, `category`, `title`, `expires_on`, `version_count`, `deleted_at`, `purged_at`, `domain_id`, `current_version_id`, `deleted_by_id`, `organization_id`, `case_id` FROM `documents`;
-- Drop "documents" table after copying rows
DROP TABLE `documents`;
-- Rename temporary table "new_documents" to "documents"
ALTER TABLE `new_documents` RENAME TO `documents`;
-- Create index "document_organization_id_deleted_at" to table: "documents"
CREATE INDEX `document_organization_id_deleted_at` ON `documents` (`organization_id`, `deleted_at`);
-- Create index "document_owner_kind_owner_id_deleted_at" to table: "documents"
CREATE INDEX `document_owner_kind_owner_id_deleted_at` ON `documents` (`owner_kind`, `owner_id`, `deleted_at`);
-- Create index "document_domain_id_expires_on" to table: "documents"
CREATE INDEX `document_domain_id_expires_on` ON `documents` (`domain_id`, `expires_on`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
