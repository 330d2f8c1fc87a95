-- Create "admission_assessments" table
CREATE TABLE `admission_assessments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `case_id` integer NOT NULL, `centre_id` integer NOT NULL, `scores` json NOT NULL, `readiness` integer NOT NULL, `outcome` text NOT NULL, `space_id` integer NULL, `seats` integer NOT NULL DEFAULT (0), `term_months` integer NOT NULL, `mentor_id` integer NULL, `comment` text NOT NULL DEFAULT (''), `assessor_name` text NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `admission_assessments_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "admission_assessments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("admission_assessments", 85899345920);
-- Create index "admission_assessments_case_id_key" to table: "admission_assessments"
CREATE UNIQUE INDEX `admission_assessments_case_id_key` ON `admission_assessments` (`case_id`);
-- Create "alumni_reports" table
CREATE TABLE `alumni_reports` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `organization_id` integer NOT NULL, `year` integer NOT NULL, `still_active` bool NOT NULL, `staff_count` integer NOT NULL, `projects` integer NOT NULL, `funding_won` integer NOT NULL, `note` text NOT NULL DEFAULT (''), `reported_by_name` text NOT NULL, `domain_id` integer NOT NULL, `tenancy_id` integer NOT NULL, CONSTRAINT `alumni_reports_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `alumni_reports_tenancies_alumni_reports` FOREIGN KEY (`tenancy_id`) REFERENCES `tenancies` (`id`) ON DELETE NO ACTION);
-- Set sequence for "alumni_reports" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("alumni_reports", 90194313216);
-- Create index "alumnireport_tenancy_id_year" to table: "alumni_reports"
CREATE UNIQUE INDEX `alumnireport_tenancy_id_year` ON `alumni_reports` (`tenancy_id`, `year`);
-- Create "certificate_counters" table
CREATE TABLE `certificate_counters` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `domain_id` integer NOT NULL, `year` integer NOT NULL, `last` integer NOT NULL DEFAULT (0));
-- Set sequence for "certificate_counters" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("certificate_counters", 141733920768);
-- Create index "certificatecounter_domain_id_year" to table: "certificate_counters"
CREATE UNIQUE INDEX `certificatecounter_domain_id_year` ON `certificate_counters` (`domain_id`, `year`);
-- Create "incubation_centres" table
CREATE TABLE `incubation_centres` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `address` text NOT NULL DEFAULT (''), `total_area` integer NOT NULL, `staff_count` integer NOT NULL DEFAULT (0), `graduation_threshold` integer NOT NULL DEFAULT (80), `default_term_months` integer NOT NULL DEFAULT (24), `offer_days` integer NOT NULL DEFAULT (5), `assessment_interval_months` integer NOT NULL DEFAULT (3), `active` bool NOT NULL DEFAULT (true), `domain_id` integer NOT NULL, CONSTRAINT `incubation_centres_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "incubation_centres" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("incubation_centres", 94489280512);
-- Create index "incubationcentre_domain_id_name" to table: "incubation_centres"
CREATE UNIQUE INDEX `incubationcentre_domain_id_name` ON `incubation_centres` (`domain_id`, `name`);
-- Create "incubation_spaces" table
CREATE TABLE `incubation_spaces` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `kind` text NOT NULL, `floor` integer NOT NULL DEFAULT (1), `area` integer NOT NULL, `seats` integer NOT NULL, `seats_used` integer NOT NULL DEFAULT (0), `facilities` text NOT NULL DEFAULT (''), `maintenance` bool NOT NULL DEFAULT (false), `centre_id` integer NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `incubation_spaces_incubation_centres_spaces` FOREIGN KEY (`centre_id`) REFERENCES `incubation_centres` (`id`) ON DELETE NO ACTION, CONSTRAINT `incubation_spaces_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `incubation_space_seats_within` CHECK (seats_used >= 0 AND seats_used <= seats));
-- Set sequence for "incubation_spaces" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("incubation_spaces", 98784247808);
-- Create index "incubationspace_centre_id_code" to table: "incubation_spaces"
CREATE UNIQUE INDEX `incubationspace_centre_id_code` ON `incubation_spaces` (`centre_id`, `code`);
-- Create "maturity_assessments" table
CREATE TABLE `maturity_assessments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `assessed_on` datetime NOT NULL, `scores` json NOT NULL, `total_tenths` integer NOT NULL, `comment` text NOT NULL DEFAULT (''), `evidence_document_ids` json NOT NULL, `assessor_id` integer NOT NULL, `assessor_name` text NOT NULL, `domain_id` integer NOT NULL, `tenancy_id` integer NOT NULL, CONSTRAINT `maturity_assessments_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `maturity_assessments_tenancies_assessments` FOREIGN KEY (`tenancy_id`) REFERENCES `tenancies` (`id`) ON DELETE NO ACTION);
-- Set sequence for "maturity_assessments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("maturity_assessments", 103079215104);
-- Create index "maturityassessment_tenancy_id_assessed_on" to table: "maturity_assessments"
CREATE INDEX `maturityassessment_tenancy_id_assessed_on` ON `maturity_assessments` (`tenancy_id`, `assessed_on`);
-- Create "maturity_criterions" table
CREATE TABLE `maturity_criterions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL, `name_zh` text NOT NULL, `name_en` text NOT NULL, `guidance` text NOT NULL DEFAULT (''), `weight` integer NOT NULL, `position` integer NOT NULL DEFAULT (0), `active` bool NOT NULL DEFAULT (true), `centre_id` integer NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `maturity_criterions_incubation_centres_criteria` FOREIGN KEY (`centre_id`) REFERENCES `incubation_centres` (`id`) ON DELETE NO ACTION, CONSTRAINT `maturity_criterions_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "maturity_criterions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("maturity_criterions", 107374182400);
-- Create index "maturitycriterion_centre_id_key" to table: "maturity_criterions"
CREATE UNIQUE INDEX `maturitycriterion_centre_id_key` ON `maturity_criterions` (`centre_id`, `key`);
-- Create "space_offers" table
CREATE TABLE `space_offers` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `seats` integer NOT NULL, `respond_by` datetime NOT NULL, `status` text NOT NULL DEFAULT ('OPEN'), `answered_at` datetime NULL, `answer_note` text NOT NULL DEFAULT (''), `tenancy_id` integer NULL, `domain_id` integer NOT NULL, `organization_id` integer NOT NULL, `space_id` integer NOT NULL, `entry_id` integer NOT NULL, CONSTRAINT `space_offers_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `space_offers_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `space_offers_incubation_spaces_space` FOREIGN KEY (`space_id`) REFERENCES `incubation_spaces` (`id`) ON DELETE NO ACTION, CONSTRAINT `space_offers_waitlist_entries_offers` FOREIGN KEY (`entry_id`) REFERENCES `waitlist_entries` (`id`) ON DELETE NO ACTION);
-- Set sequence for "space_offers" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("space_offers", 111669149696);
-- Create index "spaceoffer_entry_id" to table: "space_offers"
CREATE UNIQUE INDEX `spaceoffer_entry_id` ON `space_offers` (`entry_id`) WHERE status = 'OPEN';
-- Create index "spaceoffer_status_respond_by" to table: "space_offers"
CREATE INDEX `spaceoffer_status_respond_by` ON `space_offers` (`status`, `respond_by`);
-- Create index "spaceoffer_organization_id" to table: "space_offers"
CREATE INDEX `spaceoffer_organization_id` ON `space_offers` (`organization_id`);
-- Create "tenancies" table
CREATE TABLE `tenancies` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `case_id` integer NULL, `virtual` bool NOT NULL DEFAULT (false), `stage` text NOT NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `start_on` datetime NOT NULL, `term_months` integer NOT NULL, `ends_on` datetime NOT NULL, `agreement_document_id` integer NULL, `notes` text NOT NULL DEFAULT (''), `ended_on` datetime NULL, `end_reason` text NOT NULL DEFAULT (''), `certificate_no` text NULL, `certificate_document_id` integer NULL, `certificate_token` text NULL, `domain_id` integer NOT NULL, `centre_id` integer NOT NULL, `organization_id` integer NOT NULL, `mentor_id` integer NULL, CONSTRAINT `tenancies_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `tenancies_incubation_centres_centre` FOREIGN KEY (`centre_id`) REFERENCES `incubation_centres` (`id`) ON DELETE NO ACTION, CONSTRAINT `tenancies_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `tenancies_users_mentor` FOREIGN KEY (`mentor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "tenancies" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tenancies", 115964116992);
-- Create index "tenancy_organization_id_centre_id" to table: "tenancies"
CREATE UNIQUE INDEX `tenancy_organization_id_centre_id` ON `tenancies` (`organization_id`, `centre_id`) WHERE status = 'ACTIVE';
-- Create index "tenancy_centre_id_status" to table: "tenancies"
CREATE INDEX `tenancy_centre_id_status` ON `tenancies` (`centre_id`, `status`);
-- Create index "tenancy_certificate_no" to table: "tenancies"
CREATE UNIQUE INDEX `tenancy_certificate_no` ON `tenancies` (`certificate_no`);
-- Create index "tenancy_certificate_token" to table: "tenancies"
CREATE UNIQUE INDEX `tenancy_certificate_token` ON `tenancies` (`certificate_token`);
-- Create "tenancy_extensions" table
CREATE TABLE `tenancy_extensions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `months` integer NOT NULL, `reason` text NOT NULL, `previous_ends_on` datetime NOT NULL, `new_ends_on` datetime NOT NULL, `extended_by_id` integer NOT NULL, `extended_by_name` text NOT NULL, `tenancy_id` integer NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `tenancy_extensions_tenancies_extensions` FOREIGN KEY (`tenancy_id`) REFERENCES `tenancies` (`id`) ON DELETE NO ACTION, CONSTRAINT `tenancy_extensions_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "tenancy_extensions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tenancy_extensions", 120259084288);
-- Create "tenancy_milestones" table
CREATE TABLE `tenancy_milestones` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL, `title` text NOT NULL, `due_on` datetime NOT NULL, `mandatory` bool NOT NULL DEFAULT (false), `met_on` datetime NULL, `evidence` text NOT NULL DEFAULT (''), `tenancy_id` integer NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `tenancy_milestones_tenancies_milestones` FOREIGN KEY (`tenancy_id`) REFERENCES `tenancies` (`id`) ON DELETE NO ACTION, CONSTRAINT `tenancy_milestones_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "tenancy_milestones" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tenancy_milestones", 124554051584);
-- Create index "tenancymilestone_tenancy_id_due_on" to table: "tenancy_milestones"
CREATE INDEX `tenancymilestone_tenancy_id_due_on` ON `tenancy_milestones` (`tenancy_id`, `due_on`);
-- Create "tenancy_services" table
CREATE TABLE `tenancy_services` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `title` text NOT NULL, `held_on` datetime NOT NULL, `tenth_hours` integer NOT NULL, `note` text NOT NULL DEFAULT (''), `tenancy_id` integer NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `tenancy_services_tenancies_services` FOREIGN KEY (`tenancy_id`) REFERENCES `tenancies` (`id`) ON DELETE NO ACTION, CONSTRAINT `tenancy_services_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "tenancy_services" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tenancy_services", 128849018880);
-- Create index "tenancyservice_tenancy_id_held_on" to table: "tenancy_services"
CREATE INDEX `tenancyservice_tenancy_id_held_on` ON `tenancy_services` (`tenancy_id`, `held_on`);
-- Create "tenancy_spaces" table
CREATE TABLE `tenancy_spaces` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `seats` integer NOT NULL, `from_on` datetime NOT NULL, `released_on` datetime NULL, `tenancy_id` integer NOT NULL, `domain_id` integer NOT NULL, `space_id` integer NOT NULL, CONSTRAINT `tenancy_spaces_tenancies_spaces` FOREIGN KEY (`tenancy_id`) REFERENCES `tenancies` (`id`) ON DELETE NO ACTION, CONSTRAINT `tenancy_spaces_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `tenancy_spaces_incubation_spaces_space` FOREIGN KEY (`space_id`) REFERENCES `incubation_spaces` (`id`) ON DELETE NO ACTION);
-- Set sequence for "tenancy_spaces" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tenancy_spaces", 133143986176);
-- Create index "tenancyspace_space_id_released_on" to table: "tenancy_spaces"
CREATE INDEX `tenancyspace_space_id_released_on` ON `tenancy_spaces` (`space_id`, `released_on`);
-- Create index "tenancyspace_tenancy_id" to table: "tenancy_spaces"
CREATE INDEX `tenancyspace_tenancy_id` ON `tenancy_spaces` (`tenancy_id`);
-- Create "waitlist_entries" table
CREATE TABLE `waitlist_entries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `case_id` integer NULL, `stage` text NOT NULL, `seats_needed` integer NOT NULL, `priority` integer NOT NULL, `priority_reason` text NOT NULL DEFAULT (''), `joined_at` datetime NOT NULL, `status` text NOT NULL DEFAULT ('WAITING'), `left_at` datetime NULL, `left_reason` text NOT NULL DEFAULT (''), `domain_id` integer NOT NULL, `centre_id` integer NOT NULL, `organization_id` integer NOT NULL, CONSTRAINT `waitlist_entries_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `waitlist_entries_incubation_centres_centre` FOREIGN KEY (`centre_id`) REFERENCES `incubation_centres` (`id`) ON DELETE NO ACTION, CONSTRAINT `waitlist_entries_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "waitlist_entries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("waitlist_entries", 137438953472);
-- Create index "waitlistentry_organization_id_centre_id" to table: "waitlist_entries"
CREATE UNIQUE INDEX `waitlistentry_organization_id_centre_id` ON `waitlist_entries` (`organization_id`, `centre_id`) WHERE status = 'WAITING' OR status = 'OFFERED';
-- Create index "waitlistentry_centre_id_status_priority" to table: "waitlist_entries"
CREATE INDEX `waitlistentry_centre_id_status_priority` ON `waitlist_entries` (`centre_id`, `status`, `priority`);
