-- Create "documents" table
CREATE TABLE `documents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `category` text NOT NULL, `title` text NOT NULL, `expires_on` datetime NULL, `version_count` integer NOT NULL DEFAULT (0), `deleted_at` datetime NULL, `purged_at` datetime NULL, `domain_id` integer NOT NULL, `current_version_id` integer NULL, `deleted_by_id` integer NULL, `organization_id` integer NULL, CONSTRAINT `documents_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `documents_document_versions_current` FOREIGN KEY (`current_version_id`) REFERENCES `document_versions` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_users_deleted_by` FOREIGN KEY (`deleted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_organizations_documents` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL);
-- Set sequence for "documents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("documents", 30064771072);
-- Create index "document_organization_id_deleted_at" to table: "documents"
CREATE INDEX `document_organization_id_deleted_at` ON `documents` (`organization_id`, `deleted_at`);
-- Create index "document_domain_id_expires_on" to table: "documents"
CREATE INDEX `document_domain_id_expires_on` ON `documents` (`domain_id`, `expires_on`);
-- Create "document_uploads" table
CREATE TABLE `document_uploads` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `organization_id` integer NULL, `document_id` integer NULL, `category` text NOT NULL, `title` text NOT NULL, `expires_on` datetime NULL, `filename` text NOT NULL, `content_type` text NOT NULL, `size` integer NOT NULL, `sha256` text NOT NULL, `object_key` text NOT NULL, `form_expires_at` datetime NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `domain_id` integer NOT NULL, `uploaded_by_id` integer NOT NULL, CONSTRAINT `document_uploads_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `document_uploads_users_uploaded_by` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "document_uploads" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("document_uploads", 34359738368);
-- Create index "documentupload_created_at" to table: "document_uploads"
CREATE INDEX `documentupload_created_at` ON `document_uploads` (`created_at`);
-- Create index "documentupload_object_key" to table: "document_uploads"
CREATE UNIQUE INDEX `documentupload_object_key` ON `document_uploads` (`object_key`);
-- Create "document_versions" table
CREATE TABLE `document_versions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `number` integer NOT NULL, `filename` text NOT NULL, `content_type` text NOT NULL, `size` integer NOT NULL, `sha256` text NOT NULL, `object_key` text NOT NULL, `uploader_name` text NOT NULL, `document_id` integer NOT NULL, `domain_id` integer NOT NULL, `uploaded_by_id` integer NOT NULL, CONSTRAINT `document_versions_documents_versions` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE NO ACTION, CONSTRAINT `document_versions_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `document_versions_users_uploaded_by` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "document_versions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("document_versions", 38654705664);
-- Create index "documentversion_document_id_number" to table: "document_versions"
CREATE UNIQUE INDEX `documentversion_document_id_number` ON `document_versions` (`document_id`, `number`);
-- Create index "documentversion_object_key" to table: "document_versions"
CREATE UNIQUE INDEX `documentversion_object_key` ON `document_versions` (`object_key`);
