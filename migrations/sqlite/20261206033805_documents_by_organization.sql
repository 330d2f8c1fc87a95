-- Create index "document_organization_id_id" to table: "documents"
CREATE INDEX `document_organization_id_id` ON `documents` (`organization_id`, `id`);
