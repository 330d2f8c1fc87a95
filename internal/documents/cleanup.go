package documents

import (
	"context"
	"fmt"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/documentupload"
	"hatchery/ent/documentversion"
)

// CleanupReport says what one clean-up run did.
type CleanupReport struct {
	StaleUploads    int // upload rows removed with their objects
	PurgedDocuments int // deleted documents whose files were removed
}

// cleanupBatch bounds the rows one pass loads.
const cleanupBatch = 200

// Cleanup removes what nobody can use any more: uploads requested more than
// a day ago (their forms expired long since), and completed uploads whose
// form has expired, with any bytes they left; and the files of documents
// deleted longer ago than the retention period.
//
// A completed upload goes as soon as its form expires because MinIO cannot
// revoke a presigned form: a re-post after completion lands at the upload
// key (the embedded store refuses it), and is removed by the next run
// rather than waiting a day.
//
// It acts as the system and is idempotent: every step is "remove if still
// there", so two app nodes running it at once, or a run interrupted halfway
// and repeated, end in the same state. A store that cannot be reached stops
// the run; the next one picks up where it stopped.
func (s *Service) Cleanup(ctx context.Context, c *gen.Client) (CleanupReport, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	var rep CleanupReport
	now := s.Now()
	for {
		ups, err := c.DocumentUpload.Query().
			Where(documentupload.Or(
				documentupload.CreatedAtLT(now.Add(-StaleUploadAfter)),
				documentupload.And(documentupload.StatusEQ(documentupload.StatusCOMPLETED),
					documentupload.FormExpiresAtLT(now)),
			)).
			Order(documentupload.ByID()).Limit(cleanupBatch).All(ctx)
		if err != nil {
			return rep, err
		}
		for _, up := range ups {
			if err := s.removeUpload(ctx, c, up); err != nil {
				return rep, err
			}
			rep.StaleUploads++
		}
		if len(ups) < cleanupBatch {
			break
		}
	}
	for {
		docs, err := c.Document.Query().
			Where(document.DeletedAtLT(now.Add(-s.Retention)), document.PurgedAtIsNil()).
			Order(document.ByID()).Limit(cleanupBatch).All(ctx)
		if err != nil {
			return rep, err
		}
		for _, d := range docs {
			if err := s.purge(ctx, c, d); err != nil {
				return rep, err
			}
			rep.PurgedDocuments++
		}
		if len(docs) < cleanupBatch {
			break
		}
	}
	if rep != (CleanupReport{}) {
		s.Log.Info("documents: clean-up", "stale_uploads", rep.StaleUploads, "purged_documents", rep.PurgedDocuments)
	}
	return rep, nil
}

// removeUpload removes a stale upload's object, the checked copy if no
// version took it (a completion whose transaction failed), and the row.
func (s *Service) removeUpload(ctx context.Context, c *gen.Client, up *gen.DocumentUpload) error {
	if err := s.Store.Remove(ctx, up.ObjectKey); err != nil {
		return fmt.Errorf("removing stale upload %d: %w", up.ID, err)
	}
	key := finalKey(up.ObjectKey)
	used, err := c.DocumentVersion.Query().Where(documentversion.ObjectKey(key)).Exist(ctx)
	if err != nil {
		return err
	}
	if !used {
		if err := s.Store.Remove(ctx, key); err != nil {
			return fmt.Errorf("removing unrecorded upload %d: %w", up.ID, err)
		}
	}
	_, err = c.DocumentUpload.Delete().Where(documentupload.ID(up.ID)).Exec(ctx)
	return err
}

// purge removes a deleted document's files, then its version rows, so no
// version is left pointing at a removed object; the document row stays as
// the record of what was deleted, by whom and when.
func (s *Service) purge(ctx context.Context, c *gen.Client, d *gen.Document) error {
	versions, err := d.QueryVersions().All(ctx)
	if err != nil {
		return err
	}
	for _, v := range versions {
		if err := s.Store.Remove(ctx, v.ObjectKey); err != nil {
			return fmt.Errorf("purging document %d version %d: %w", d.ID, v.Number, err)
		}
	}
	tx, err := c.Tx(ctx)
	if err != nil {
		return err
	}
	if err := tx.Document.UpdateOneID(d.ID).ClearCurrentVersionID().SetPurgedAt(s.Now()).Exec(ctx); err != nil {
		return rollback(tx, err)
	}
	if _, err := tx.DocumentVersion.Delete().Where(documentversion.DocumentID(d.ID)).Exec(ctx); err != nil {
		return rollback(tx, err)
	}
	return tx.Commit()
}

func rollback(tx *gen.Tx, err error) error {
	_ = tx.Rollback()
	return err
}
