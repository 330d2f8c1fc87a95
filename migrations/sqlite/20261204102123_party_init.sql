-- Create "activity_organizations" table
CREATE TABLE `activity_organizations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `domain_id` integer NOT NULL, `activity_id` integer NOT NULL, `organization_id` integer NOT NULL, CONSTRAINT `activity_organizations_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `activity_organizations_party_activities_activity` FOREIGN KEY (`activity_id`) REFERENCES `party_activities` (`id`) ON DELETE NO ACTION, CONSTRAINT `activity_organizations_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "activity_organizations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("activity_organizations", 197568495616);
-- Create index "activityorganization_activity_id_organization_id" to table: "activity_organizations"
CREATE UNIQUE INDEX `activityorganization_activity_id_organization_id` ON `activity_organizations` (`activity_id`, `organization_id`);
-- Create index "activityorganization_organization_id" to table: "activity_organizations"
CREATE INDEX `activityorganization_organization_id` ON `activity_organizations` (`organization_id`);
-- Create "guidance_officers" table
CREATE TABLE `guidance_officers` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `unit` text NOT NULL DEFAULT (''), `phone` text NOT NULL DEFAULT (''), `active` bool NOT NULL DEFAULT (true), `current_load` integer NOT NULL DEFAULT (0), `domain_id` integer NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `guidance_officers_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `guidance_officers_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `guidance_officer_load` CHECK (current_load >= 0));
-- Set sequence for "guidance_officers" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("guidance_officers", 201863462912);
-- Create index "guidanceofficer_user_id" to table: "guidance_officers"
CREATE UNIQUE INDEX `guidanceofficer_user_id` ON `guidance_officers` (`user_id`);
-- Create index "guidanceofficer_domain_id_current_load" to table: "guidance_officers"
CREATE INDEX `guidanceofficer_domain_id_current_load` ON `guidance_officers` (`domain_id`, `current_load`);
-- Create "officer_assignments" table
CREATE TABLE `officer_assignments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `start_on` datetime NOT NULL, `end_on` datetime NULL, `note` text NOT NULL DEFAULT (''), `end_reason` text NOT NULL DEFAULT (''), `domain_id` integer NOT NULL, `officer_id` integer NOT NULL, `organization_id` integer NOT NULL, `predecessor_id` integer NULL, CONSTRAINT `officer_assignments_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `officer_assignments_guidance_officers_officer` FOREIGN KEY (`officer_id`) REFERENCES `guidance_officers` (`id`) ON DELETE NO ACTION, CONSTRAINT `officer_assignments_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `officer_assignments_officer_assignments_successor` FOREIGN KEY (`predecessor_id`) REFERENCES `officer_assignments` (`id`) ON DELETE SET NULL, CONSTRAINT `officer_assignment_period` CHECK (end_on IS NULL OR end_on > start_on));
-- Set sequence for "officer_assignments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("officer_assignments", 206158430208);
-- Create index "officer_assignments_predecessor_id_key" to table: "officer_assignments"
CREATE UNIQUE INDEX `officer_assignments_predecessor_id_key` ON `officer_assignments` (`predecessor_id`);
-- Create index "officerassignment_organization_id" to table: "officer_assignments"
CREATE UNIQUE INDEX `officerassignment_organization_id` ON `officer_assignments` (`organization_id`) WHERE end_on IS NULL;
-- Create index "officerassignment_organization_id_start_on" to table: "officer_assignments"
CREATE INDEX `officerassignment_organization_id_start_on` ON `officer_assignments` (`organization_id`, `start_on`);
-- Create index "officerassignment_officer_id_end_on" to table: "officer_assignments"
CREATE INDEX `officerassignment_officer_id_end_on` ON `officer_assignments` (`officer_id`, `end_on`);
-- Create "party_activities" table
CREATE TABLE `party_activities` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `type` text NOT NULL, `title` text NOT NULL, `held_on` datetime NOT NULL, `place` text NOT NULL DEFAULT (''), `description` text NOT NULL DEFAULT (''), `participants` integer NOT NULL DEFAULT (0), `volunteer_minutes` integer NOT NULL DEFAULT (0), `domain_id` integer NOT NULL, `officer_id` integer NULL, CONSTRAINT `party_activities_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `party_activities_guidance_officers_officer` FOREIGN KEY (`officer_id`) REFERENCES `guidance_officers` (`id`) ON DELETE SET NULL);
-- Set sequence for "party_activities" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("party_activities", 210453397504);
-- Create index "partyactivity_domain_id_held_on" to table: "party_activities"
CREATE INDEX `partyactivity_domain_id_held_on` ON `party_activities` (`domain_id`, `held_on`);
-- Create index "partyactivity_domain_id_type" to table: "party_activities"
CREATE INDEX `partyactivity_domain_id_type` ON `party_activities` (`domain_id`, `type`);
-- Create "party_coverages" table
CREATE TABLE `party_coverages` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `form` text NOT NULL, `start_on` datetime NOT NULL, `end_on` datetime NULL, `reason` text NOT NULL DEFAULT (''), `end_reason` text NOT NULL DEFAULT (''), `domain_id` integer NOT NULL, `organization_id` integer NOT NULL, `party_organization_id` integer NULL, CONSTRAINT `party_coverages_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `party_coverages_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `party_coverages_party_organizations_party_organization` FOREIGN KEY (`party_organization_id`) REFERENCES `party_organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `party_coverage_has_branch` CHECK (form NOT IN ('BUILD', 'JOIN', 'ATTACH') OR party_organization_id IS NOT NULL), CONSTRAINT `party_coverage_period` CHECK (end_on IS NULL OR end_on > start_on));
-- Set sequence for "party_coverages" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("party_coverages", 214748364800);
-- Create index "partycoverage_organization_id" to table: "party_coverages"
CREATE UNIQUE INDEX `partycoverage_organization_id` ON `party_coverages` (`organization_id`) WHERE end_on IS NULL;
-- Create index "partycoverage_organization_id_start_on" to table: "party_coverages"
CREATE INDEX `partycoverage_organization_id_start_on` ON `party_coverages` (`organization_id`, `start_on`);
-- Create index "partycoverage_domain_id_form" to table: "party_coverages"
CREATE INDEX `partycoverage_domain_id_form` ON `party_coverages` (`domain_id`, `form`);
-- Create "party_organizations" table
CREATE TABLE `party_organizations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `name` text NOT NULL, `secretary` text NOT NULL DEFAULT (''), `secretary_phone` text NOT NULL DEFAULT (''), `full_members` integer NOT NULL DEFAULT (0), `probationary_members` integer NOT NULL DEFAULT (0), `founded_on` datetime NOT NULL, `dissolved_on` datetime NULL, `domain_id` integer NOT NULL, `parent_id` integer NULL, `organization_id` integer NULL, CONSTRAINT `party_organizations_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `party_organizations_party_organizations_children` FOREIGN KEY (`parent_id`) REFERENCES `party_organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `party_organizations_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `party_branch_three_members` CHECK (kind = 'COMMITTEE' OR full_members >= 3));
-- Set sequence for "party_organizations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("party_organizations", 219043332096);
-- Create index "partyorganization_domain_id_kind_name" to table: "party_organizations"
CREATE INDEX `partyorganization_domain_id_kind_name` ON `party_organizations` (`domain_id`, `kind`, `name`);
-- Create "party_point_rules" table
CREATE TABLE `party_point_rules` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `activity_type` text NOT NULL, `points_per_hour` integer NOT NULL, `domain_id` integer NOT NULL, CONSTRAINT `party_point_rules_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "party_point_rules" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("party_point_rules", 223338299392);
-- Create index "partypointrule_domain_id_activity_type" to table: "party_point_rules"
CREATE UNIQUE INDEX `partypointrule_domain_id_activity_type` ON `party_point_rules` (`domain_id`, `activity_type`);
-- Create "party_settings" table
CREATE TABLE `party_settings` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `max_officer_load` integer NOT NULL DEFAULT (10), `points_per_hour` integer NOT NULL DEFAULT (10), `domain_id` integer NOT NULL, CONSTRAINT `party_settings_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION);
-- Set sequence for "party_settings" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("party_settings", 227633266688);
-- Create index "partysettings_domain_id" to table: "party_settings"
CREATE UNIQUE INDEX `partysettings_domain_id` ON `party_settings` (`domain_id`);
-- Create "party_visits" table
CREATE TABLE `party_visits` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `visited_on` datetime NOT NULL, `topics` text NOT NULL, `findings` text NOT NULL DEFAULT (''), `domain_id` integer NOT NULL, `organization_id` integer NOT NULL, `officer_id` integer NOT NULL, CONSTRAINT `party_visits_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `party_visits_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `party_visits_guidance_officers_officer` FOREIGN KEY (`officer_id`) REFERENCES `guidance_officers` (`id`) ON DELETE NO ACTION);
-- Set sequence for "party_visits" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("party_visits", 231928233984);
-- Create index "partyvisit_organization_id_visited_on" to table: "party_visits"
CREATE INDEX `partyvisit_organization_id_visited_on` ON `party_visits` (`organization_id`, `visited_on`);
-- Create index "partyvisit_officer_id_visited_on" to table: "party_visits"
CREATE INDEX `partyvisit_officer_id_visited_on` ON `party_visits` (`officer_id`, `visited_on`);
-- Create index "partyvisit_domain_id_visited_on" to table: "party_visits"
CREATE INDEX `partyvisit_domain_id_visited_on` ON `party_visits` (`domain_id`, `visited_on`);
-- Create "party_volunteers" table
CREATE TABLE `party_volunteers` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `domain_id` integer NOT NULL, `party_organization_id` integer NOT NULL, `user_id` integer NULL, CONSTRAINT `party_volunteers_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `party_volunteers_party_organizations_party_organization` FOREIGN KEY (`party_organization_id`) REFERENCES `party_organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `party_volunteers_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "party_volunteers" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("party_volunteers", 236223201280);
-- Create index "partyvolunteer_user_id" to table: "party_volunteers"
CREATE UNIQUE INDEX `partyvolunteer_user_id` ON `party_volunteers` (`user_id`);
-- Create index "partyvolunteer_domain_id_name" to table: "party_volunteers"
CREATE INDEX `partyvolunteer_domain_id_name` ON `party_volunteers` (`domain_id`, `name`);
-- Create "visit_follow_ups" table
CREATE TABLE `visit_follow_ups` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `organization_id` integer NOT NULL, `officer_id` integer NOT NULL, `action` text NOT NULL, `due_on` datetime NOT NULL, `done_on` datetime NULL, `domain_id` integer NOT NULL, `visit_id` integer NOT NULL, CONSTRAINT `visit_follow_ups_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `visit_follow_ups_party_visits_visit` FOREIGN KEY (`visit_id`) REFERENCES `party_visits` (`id`) ON DELETE NO ACTION);
-- Set sequence for "visit_follow_ups" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("visit_follow_ups", 240518168576);
-- Create index "visitfollowup_officer_id_done_on_due_on" to table: "visit_follow_ups"
CREATE INDEX `visitfollowup_officer_id_done_on_due_on` ON `visit_follow_ups` (`officer_id`, `done_on`, `due_on`);
-- Create index "visitfollowup_visit_id" to table: "visit_follow_ups"
CREATE INDEX `visitfollowup_visit_id` ON `visit_follow_ups` (`visit_id`);
-- Create "volunteer_point_entries" table
CREATE TABLE `volunteer_point_entries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `year` integer NOT NULL, `minutes` integer NOT NULL DEFAULT (0), `points` integer NOT NULL, `reason` text NOT NULL DEFAULT (''), `domain_id` integer NOT NULL, `volunteer_id` integer NOT NULL, `activity_id` integer NULL, CONSTRAINT `volunteer_point_entries_domains_domain` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE NO ACTION, CONSTRAINT `volunteer_point_entries_party_volunteers_volunteer` FOREIGN KEY (`volunteer_id`) REFERENCES `party_volunteers` (`id`) ON DELETE NO ACTION, CONSTRAINT `volunteer_point_entries_party_activities_activity` FOREIGN KEY (`activity_id`) REFERENCES `party_activities` (`id`) ON DELETE SET NULL, CONSTRAINT `volunteer_points_entry` CHECK (CASE kind WHEN 'EARNED' THEN activity_id IS NOT NULL AND points >= 0 ELSE points <> 0 END));
-- Set sequence for "volunteer_point_entries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("volunteer_point_entries", 244813135872);
-- Create index "volunteerpointentry_activity_id_volunteer_id" to table: "volunteer_point_entries"
CREATE UNIQUE INDEX `volunteerpointentry_activity_id_volunteer_id` ON `volunteer_point_entries` (`activity_id`, `volunteer_id`) WHERE kind = 'EARNED';
-- Create index "volunteerpointentry_domain_id_year_volunteer_id" to table: "volunteer_point_entries"
CREATE INDEX `volunteerpointentry_domain_id_year_volunteer_id` ON `volunteer_point_entries` (`domain_id`, `year`, `volunteer_id`);
-- Create index "volunteerpointentry_volunteer_id_year" to table: "volunteer_point_entries"
CREATE INDEX `volunteerpointentry_volunteer_id_year` ON `volunteer_point_entries` (`volunteer_id`, `year`);
