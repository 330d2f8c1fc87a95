-- atlas:delimiter -- end
-- The triggers hold statements of their own, so this file ends each
-- statement with "-- end" instead of a semicolon.

-- Create "organization_tallies" table
CREATE TABLE `organization_tallies` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `domain_id` integer NOT NULL, `status` text NOT NULL, `organizations` integer NOT NULL DEFAULT (0));
-- end
-- Set sequence for "organization_tallies" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("organization_tallies", 249108103168);
-- end
-- Create index "organizationtally_domain_id_status" to table: "organization_tallies"
CREATE UNIQUE INDEX `organizationtally_domain_id_status` ON `organization_tallies` (`domain_id`, `status`);
-- end
-- The tallies start from the organisations already registered.
INSERT INTO `organization_tallies` (`domain_id`, `status`, `organizations`) SELECT `domain_id`, `status`, count(*) FROM `organizations` GROUP BY `domain_id`, `status`;
-- end
-- Row triggers keep them in the changing statement's transaction (SQLite has
-- no statement triggers); an update that changes neither column writes nothing.
CREATE TRIGGER `organization_tallies_insert` AFTER INSERT ON `organizations` BEGIN
  INSERT INTO `organization_tallies` (`domain_id`, `status`, `organizations`) VALUES (NEW.`domain_id`, NEW.`status`, 1)
    ON CONFLICT (`domain_id`, `status`) DO UPDATE SET `organizations` = `organizations` + 1;
END;
-- end
CREATE TRIGGER `organization_tallies_update` AFTER UPDATE OF `domain_id`, `status` ON `organizations`
WHEN OLD.`domain_id` IS NOT NEW.`domain_id` OR OLD.`status` IS NOT NEW.`status` BEGIN
  UPDATE `organization_tallies` SET `organizations` = `organizations` - 1 WHERE `domain_id` = OLD.`domain_id` AND `status` = OLD.`status`;
  INSERT INTO `organization_tallies` (`domain_id`, `status`, `organizations`) VALUES (NEW.`domain_id`, NEW.`status`, 1)
    ON CONFLICT (`domain_id`, `status`) DO UPDATE SET `organizations` = `organizations` + 1;
END;
-- end
CREATE TRIGGER `organization_tallies_delete` AFTER DELETE ON `organizations` BEGIN
  UPDATE `organization_tallies` SET `organizations` = `organizations` - 1 WHERE `domain_id` = OLD.`domain_id` AND `status` = OLD.`status`;
END;
-- end
