-- Create "notifications" table
CREATE TABLE `notifications` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `title_zh` text NOT NULL, `title_en` text NOT NULL, `body_zh` text NOT NULL DEFAULT (''), `body_en` text NOT NULL DEFAULT (''), `subject_id` integer NULL, `path` text NULL, `dedup_key` text NULL, `read_at` datetime NULL, `domain_id` integer NOT NULL, `recipient_id` integer NOT NULL, CONSTRAINT `notifications_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `notifications_users_recipient` FOREIGN KEY (`recipient_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "notifications" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("notifications", 81604378624);
-- Create index "notification_recipient_id_created_at" to table: "notifications"
CREATE INDEX `notification_recipient_id_created_at` ON `notifications` (`recipient_id`, `created_at`);
-- Create index "notification_recipient_id_read_at" to table: "notifications"
CREATE INDEX `notification_recipient_id_read_at` ON `notifications` (`recipient_id`, `read_at`);
-- Create index "notification_recipient_id_dedup_key" to table: "notifications"
CREATE UNIQUE INDEX `notification_recipient_id_dedup_key` ON `notifications` (`recipient_id`, `dedup_key`);
