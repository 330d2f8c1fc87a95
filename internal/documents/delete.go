package documents

import (
	"context"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/internal/apperr"
	"hatchery/internal/viewer"
)

// Delete soft-deletes document id: it leaves every list at once, and the
// clean-up job removes its files after the retention period. Deleting a
// deleted document is a CONFLICT, so two people deleting at once learn it.
func (s *Service) Delete(ctx context.Context, c *gen.Client, id int) (*gen.Document, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	if _, err := c.Document.Get(ctx, id); err != nil {
		return nil, err
	}
	n, err := c.Document.Update().
		Where(document.ID(id), document.DeletedAtIsNil()).
		SetDeletedAt(s.Now()).
		SetDeletedByID(v.UserID).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, apperr.New(apperr.Conflict, "the document has already been deleted", "该文件已被删除")
	}
	return c.Document.Get(ctx, id)
}
