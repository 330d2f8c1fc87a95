-- Create "login_attempts" table
CREATE TABLE `login_attempts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `username` text NOT NULL, `address` text NOT NULL, `at` datetime NOT NULL);
-- Set sequence for "login_attempts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("login_attempts", 73014444032);
-- Create index "loginattempt_username_address_at" to table: "login_attempts"
CREATE INDEX `loginattempt_username_address_at` ON `login_attempts` (`username`, `address`, `at`);
-- Create index "loginattempt_username_at" to table: "login_attempts"
CREATE INDEX `loginattempt_username_at` ON `login_attempts` (`username`, `at`);
-- Create index "loginattempt_address_at" to table: "login_attempts"
CREATE INDEX `loginattempt_address_at` ON `login_attempts` (`address`, `at`);
-- Create index "loginattempt_at" to table: "login_attempts"
CREATE INDEX `loginattempt_at` ON `login_attempts` (`at`);
