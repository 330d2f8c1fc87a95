package authz

import (
	"context"
	"errors"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/documentversion"
	"hatchery/ent/organization"
	"hatchery/internal/apperr"
	"hatchery/internal/documents/owner"
	"hatchery/internal/viewer"
)

// Who may see and keep documents. A document belongs to an owner of some
// kind (internal/documents/owner); reading follows the owner: document:read
// reads every document of the domain but a guarded kind's (owner.Guarded:
// party visits' and activities' photos need party work's right too),
// document:read_own those whose owner's kind counts the owner as the
// viewer's own. Attaching a document (creating
// a Document, an upload or a version) is the owner kind's decision
// (MayAttach): attachRule asks it, because a row filter cannot narrow an
// INSERT. This is the one rule for every kind of owner.

// DocumentPolicy governs documents.
func DocumentPolicy() ent.Policy {
	p := typePolicy{
		obj: ObjDocument,
		filters: rowFilters{
			domainColumn: "domain_id",
			ownOrgSQL:    readableOwners,
			domainSQL:    guardedDocuments(""),
		},
		read:   []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}},
		update: []grant{{ActUpdate, scopeDomain}, {ActUpdateOwn, scopeOwnOrg}},
		extra:  guardIssued,
	}
	return attachable(p)
}

// DocumentVersionPolicy governs versions: read like their document, created
// only by someone who may attach to the document's owner, never changed.
func DocumentVersionPolicy() ent.Policy {
	p := typePolicy{
		obj: ObjDocument,
		filters: rowFilters{
			domainColumn: "domain_id",
			ownOrgSQL: func(v *viewer.Viewer) func(*sql.Selector) {
				return func(s *sql.Selector) {
					d := sql.Table(document.Table)
					ids := sql.Select(d.C(document.FieldID)).From(d)
					readableOwners(v)(ids)
					s.Where(sql.In(s.C(documentversion.FieldDocumentID), ids))
				}
			},
			domainSQL: guardedDocuments(documentversion.FieldDocumentID),
		},
		read: []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}},
	}
	return attachable(p)
}

// readableOwners narrows documents to those whose owner is, for its
// registered kind, one v may read as their own: one SQL condition over
// the owner columns (kinds may use subqueries), in the one statement.
func readableOwners(v *viewer.Viewer) func(*sql.Selector) {
	return func(s *sql.Selector) { s.Where(ownedBy(s, v)) }
}

// ownedBy is readableOwners' condition on the documents selected by s.
func ownedBy(s *sql.Selector, v *viewer.Viewer) *sql.Predicate {
	var ps []*sql.Predicate
	for _, key := range owner.Keys() {
		k, _ := owner.Lookup(key)
		if p := k.ReadableOwn(v, s.C(document.FieldOwnerID)); p != nil {
			ps = append(ps, sql.And(sql.EQ(s.C(document.FieldOwnerKind), key), p))
		}
	}
	if len(ps) == 0 {
		return sql.EQ(s.C(document.FieldOwnerID), 0) // ids start at 1: matches nothing
	}
	return sql.Or(ps...)
}

// guardedDocuments narrows a domain's documents — or, with docCol, rows
// whose column docCol names a document — to those guardedKinds leaves the
// viewer: nil when it hides none.
func guardedDocuments(docCol string) func(ctx context.Context, v *viewer.Viewer) func(*sql.Selector) {
	return func(ctx context.Context, v *viewer.Viewer) func(*sql.Selector) {
		hidden := guardedKinds(ctx)
		if len(hidden) == 0 {
			return nil
		}
		if docCol == "" {
			return func(s *sql.Selector) { s.Where(unguarded(s, v, hidden)) }
		}
		return func(s *sql.Selector) {
			d := sql.Table(document.Table)
			ids := sql.Select(d.C(document.FieldID)).From(d)
			ids.Where(unguarded(ids, v, hidden))
			s.Where(sql.In(s.C(docCol), ids))
		}
	}
}

// guardedKinds are the owner kinds (owner.Guarded) whose documents the
// viewer may not read across the domain.
func guardedKinds(ctx context.Context) []any {
	var hidden []any
	for _, key := range owner.Keys() {
		k, _ := owner.Lookup(key)
		if g, ok := k.(owner.Guarded); ok && !g.MayReadAll(ctx) {
			hidden = append(hidden, key)
		}
	}
	return hidden
}

// unguarded keeps, of the documents selected by s, those of other kinds
// than hidden, and those of hidden kinds that v reads as their own.
func unguarded(s *sql.Selector, v *viewer.Viewer, hidden []any) *sql.Predicate {
	return sql.Or(sql.NotIn(s.C(document.FieldOwnerKind), hidden...), ownedBy(s, v))
}

// DocumentUploadPolicy governs uploads in flight: only their uploader sees
// and completes them (the clean-up job acts as the system).
func DocumentUploadPolicy() ent.Policy {
	p := typePolicy{
		obj: ObjDocument,
		filters: rowFilters{
			domainColumn: "domain_id",
			self:         func(v *viewer.Viewer) entql.P { return entql.FieldEQ("uploaded_by_id", v.UserID) },
		},
		read:   []grant{{anyViewer, scopeSelf}},
		update: []grant{{anyViewer, scopeSelf}},
	}
	return attachable(p)
}

// attachable is p with creates decided by attachRule.
func attachable(p typePolicy) ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{p},
		Mutation: privacy.MutationPolicy{attachRule{}, p},
	}
}

// attachRule decides creates of documents, versions and uploads from their
// owner; other operations pass to the next rule.
type attachRule struct{}

func (attachRule) EvalMutation(ctx context.Context, m ent.Mutation) error {
	if !m.Op().Is(ent.OpCreate) {
		return privacy.Skip
	}
	if err := check(ctx); !isSkip(err) {
		return err
	}
	var ref *owner.Ref
	switch m := m.(type) {
	case *gen.DocumentMutation:
		kind, _ := m.OwnerKind()
		id, _ := m.OwnerID()
		ref = &owner.Ref{Kind: kind, ID: id}
		cat, _ := m.Category()
		if err := guardIssuedAttach(ctx, m.Client(), string(cat), 0); err != nil {
			return err
		}
	case *gen.DocumentUploadMutation:
		kind, okKind := m.OwnerKind()
		id, okID := m.OwnerID()
		if okKind && okID {
			ref = &owner.Ref{Kind: kind, ID: id}
		}
		docID, _ := m.DocumentID()
		if docID != 0 {
			var err error
			if ref, err = ownerOfDocument(ctx, m.Client(), docID); err != nil {
				return err
			}
		}
		cat, _ := m.Category()
		if err := guardIssuedAttach(ctx, m.Client(), string(cat), docID); err != nil {
			return err
		}
	case *gen.DocumentVersionMutation:
		docID, _ := m.DocumentID()
		var err error
		if ref, err = ownerOfDocument(ctx, m.Client(), docID); err != nil {
			return err
		}
		if err := guardIssuedAttach(ctx, m.Client(), "", docID); err != nil {
			return err
		}
	default:
		return privacy.Skip
	}
	if ref == nil {
		return deny(apperr.Invalid("ownerID", "a document must belong to an owner", "文件必须有所属对象"))
	}
	k, ok := owner.Lookup(ref.Kind)
	if !ok {
		return deny(apperr.Invalid("ownerID", "documents cannot be attached to this kind of record",
			"此类记录不能附加文件"))
	}
	if err := k.MayAttach(ctx, m.(interface{ Client() *gen.Client }).Client(), ref.ID); err != nil {
		if e, ok := apperr.As(err); ok && !errors.Is(err, privacy.Deny) {
			return deny(e)
		}
		return err
	}
	return privacy.Allow
}

// ownerOfDocument returns the owner of the document docID as the viewer
// sees it: a document the viewer cannot read is NOT_FOUND.
func ownerOfDocument(ctx context.Context, c *gen.Client, docID int) (*owner.Ref, error) {
	d, err := c.Document.Get(ctx, docID)
	if gen.IsNotFound(err) {
		return nil, deny(apperr.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	return &owner.Ref{Kind: d.OwnerKind, ID: d.OwnerID}, nil
}

// organizationOwner is the organisation kind of owner: documents:create
// attaches to any organisation of the viewer's domain, create_own to their
// own; read_own reads their own organisations' documents.
type organizationOwner struct{}

func init() { owner.Register(owner.Organization, organizationOwner{}) }

func (organizationOwner) MayAttach(ctx context.Context, c *gen.Client, id int) error {
	if err := mayCreateFor(ctx, c, ObjDocument, id); !errors.Is(err, privacy.Allow) {
		return err
	}
	return nil
}

func (organizationOwner) ReadableOwn(v *viewer.Viewer, ownerID string) *sql.Predicate {
	return sql.InInts(ownerID, append([]int{0}, v.OrgIDs...)...) // 0: never empty
}

// mayCreateFor allows the create of an obj row for the organisation orgID
// if the viewer holds obj:create and the organisation is in their domain,
// or obj:create_own and it is one of theirs.
func mayCreateFor(ctx context.Context, c *gen.Client, obj string, orgID int) error {
	v := viewer.FromContext(ctx)
	switch {
	case can(ctx, obj, ActCreate):
		if crossDomain(ctx) {
			return privacy.Allow
		}
		sys := privacy.DecisionContext(ctx, privacy.Allow)
		ok, err := c.Organization.Query().
			Where(organization.ID(orgID), organization.DomainID(v.DomainID)).Exist(sys)
		if err != nil {
			return err
		}
		if ok {
			return privacy.Allow
		}
	case can(ctx, obj, ActCreateOwn):
		if v.MemberOf(orgID) {
			return privacy.Allow
		}
	}
	return deny(apperr.ErrForbidden)
}
