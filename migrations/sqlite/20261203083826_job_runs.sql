-- Create "job_runs" table
CREATE TABLE `job_runs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `job` text NOT NULL, `period_start` datetime NOT NULL, `node` text NOT NULL, `started_at` datetime NOT NULL, `finished_at` datetime NULL, `error` text NULL);
-- Set sequence for "job_runs" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("job_runs", 77309411328);
-- Create index "jobrun_job_period_start" to table: "job_runs"
CREATE UNIQUE INDEX `jobrun_job_period_start` ON `job_runs` (`job`, `period_start`);
