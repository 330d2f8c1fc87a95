package documents

import (
	"context"
	"hatchery/internal/storage"
	"strconv"

	gen "hatchery/ent"
	"hatchery/ent/auditlog"
	"hatchery/internal/apperr"
	"hatchery/internal/audit"
)

// DownloadURL issues a short-lived link to version v, which the caller
// loaded with the viewer's context (so privacy already decided the viewer
// may read it). Every issue is audited; a link is not issued for a deleted
// document.
func (s *Service) DownloadURL(ctx context.Context, c *gen.Client, v *gen.DocumentVersion, inline bool) (string, error) {
	d, err := v.QueryDocument().Only(ctx)
	if err != nil {
		return "", err
	}
	if d.DeletedAt != nil {
		return "", apperr.ErrNotFound
	}
	if err := s.reachable(ctx); err != nil {
		return "", err
	}
	u, err := s.Store.PresignDownload(ctx, v.ObjectKey, v.Filename, inline, LinkExpiry)
	if err != nil {
		return "", storage.ForPeople(err)
	}
	err = audit.Record(ctx, c, audit.Entry{
		Operation:  auditlog.OperationDOWNLOAD,
		EntityType: "DocumentVersion",
		EntityID:   strconv.Itoa(v.ID),
		DomainID:   &v.DomainID,
		Changes: map[string]any{
			"document": d.ID, "version": v.Number, "filename": v.Filename, "inline": inline,
		},
	})
	if err != nil {
		return "", err
	}
	return u, nil
}
