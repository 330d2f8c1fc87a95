package authz

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/tenancy"
	"hatchery/internal/apperr"
)

// Documents the bureau issues — a case's decision letter, a tenancy's
// graduation certificate — are kept among the applicant organisation's
// documents, so its members read and download them like their own. They
// are the bureau's word, though: document:create_own and update_own (an
// NGO member) neither add a version to one, retitle, recategorise nor
// delete it, nor file a document of their own as a decision letter. Staff
// (document:update) still may, and the system issues them.

// issuedCategory is the category only the bureau files documents under.
const issuedCategory = document.CategoryDECISION_LETTER

// issued is the condition on the documents selected by s that the bureau
// issued: decision letters, and the documents tenancies name as their
// graduation certificate (filed as CERTIFICATE, a category NGOs use for
// their own qualifications too).
func issued(s *sql.Selector) *sql.Predicate {
	t := sql.Table(tenancy.Table)
	certificates := sql.Select(t.C(tenancy.FieldCertificateDocumentID)).From(t).
		Where(sql.NotNull(t.C(tenancy.FieldCertificateDocumentID)))
	return sql.Or(sql.EQ(s.C(document.FieldCategory), issuedCategory), sql.In(s.C(document.FieldID), certificates))
}

// errIssued is the refusal of a change to an issued document.
func errIssued() *apperr.Error {
	return apperr.New(apperr.Forbidden, "this document was issued by the bureau: it cannot be replaced, changed or deleted",
		"该文书由民政部门出具，不能替换、修改或删除").WithReason("ISSUED_DOCUMENT")
}

// mayChangeIssued reports whether the viewer may change issued documents.
func mayChangeIssued(ctx context.Context) bool { return can(ctx, ObjDocument, ActUpdate) }

// anyIssued reports whether any of documents ids is one the bureau issued.
func anyIssued(ctx context.Context, c *gen.Client, ids ...int) (bool, error) {
	return c.Document.Query().Where(document.IDIn(ids...), func(s *sql.Selector) { s.Where(issued(s)) }).
		Exist(privacy.DecisionContext(ctx, privacy.Allow))
}

// guardIssued is DocumentPolicy's extra check on changes: a viewer who may
// not change issued documents neither changes one nor files a document as
// the bureau's.
func guardIssued(ctx context.Context, m ent.Mutation) error {
	dm, ok := m.(*gen.DocumentMutation)
	if !ok || mayChangeIssued(ctx) {
		return nil
	}
	if c, ok := dm.Category(); ok && c == issuedCategory {
		return deny(errIssued())
	}
	ids, err := dm.IDs(privacy.DecisionContext(ctx, privacy.Allow)) // the rows the change reaches, already narrowed to the viewer's
	if err != nil || len(ids) == 0 {
		return err
	}
	yes, err := anyIssued(ctx, dm.Client(), ids...)
	if err != nil {
		return err
	}
	if yes {
		return deny(errIssued())
	}
	return nil
}

// guardIssuedAttach refuses, to a viewer who may not change issued
// documents, a new document filed as the bureau's, or a new version of
// document docID (0: none) when the bureau issued it.
func guardIssuedAttach(ctx context.Context, c *gen.Client, category string, docID int) error {
	if mayChangeIssued(ctx) {
		return nil
	}
	if category == string(issuedCategory) {
		return deny(errIssued())
	}
	if docID == 0 {
		return nil
	}
	yes, err := anyIssued(ctx, c, docID)
	if err != nil {
		return err
	}
	if yes {
		return deny(errIssued())
	}
	return nil
}
