-- Documents and uploads name their owner generically (owner_kind, owner_id)
-- instead of one column per kind. Every existing owner is an organisation.
-- Modify "document_uploads" table: copy the owner, then drop the old column
ALTER TABLE "document_uploads" ADD COLUMN "owner_kind" character varying NULL, ADD COLUMN "owner_id" bigint NULL;
UPDATE "document_uploads" SET "owner_kind" = 'organization', "owner_id" = "organization_id" WHERE "organization_id" IS NOT NULL;
ALTER TABLE "document_uploads" DROP COLUMN "organization_id";
-- Modify "documents" table: add the owner nullable, copy it, then require it
ALTER TABLE "documents" ADD COLUMN "owner_kind" character varying NULL, ADD COLUMN "owner_id" bigint NULL;
UPDATE "documents" SET "owner_kind" = 'organization', "owner_id" = "organization_id";
ALTER TABLE "documents" ALTER COLUMN "owner_kind" SET NOT NULL, ALTER COLUMN "owner_id" SET NOT NULL;
-- Create index "document_owner_kind_owner_id_deleted_at" to table: "documents"
CREATE INDEX "document_owner_kind_owner_id_deleted_at" ON "documents" ("owner_kind", "owner_id", "deleted_at");
