package authz

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/internal/apperr"
	"hatchery/internal/viewer"
)

// Who may see and keep documents. Reading follows the owner: a document is
// read by whoever may read its organisation (document:read across the
// domain, document:read_own for the viewer's own organisations). Attaching a
// document (creating a Document, an upload or a version) needs document:create
// with the owner in the viewer's domain, or document:create_own with the
// owner one of the viewer's organisations: attachRule checks that, because
// a row filter cannot narrow an INSERT.

// DocumentPolicy governs documents.
func DocumentPolicy() ent.Policy {
	p := typePolicy{
		obj: ObjDocument,
		filters: rowFilters{
			domainColumn: "domain_id",
			ownOrg:       func(v *viewer.Viewer) entql.P { return idIn("organization_id", v.OrgIDs) },
		},
		read:   []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}},
		update: []grant{{ActUpdate, scopeDomain}, {ActUpdateOwn, scopeOwnOrg}},
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
			ownOrg: func(v *viewer.Viewer) entql.P {
				return entql.HasEdgeWith("document", idIn("organization_id", v.OrgIDs))
			},
		},
		read: []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}},
	}
	return attachable(p)
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
	var orgID *int
	switch m := m.(type) {
	case *gen.DocumentMutation:
		if id, ok := m.OrganizationID(); ok {
			orgID = &id
		}
	case *gen.DocumentUploadMutation:
		if id, ok := m.OrganizationID(); ok {
			orgID = &id
		}
		if docID, ok := m.DocumentID(); ok {
			var err error
			if orgID, err = ownerOfDocument(ctx, m.Client(), docID); err != nil {
				return err
			}
		}
	case *gen.DocumentVersionMutation:
		docID, _ := m.DocumentID()
		var err error
		if orgID, err = ownerOfDocument(ctx, m.Client(), docID); err != nil {
			return err
		}
	default:
		return privacy.Skip
	}
	if orgID == nil {
		return deny(apperr.Invalid("ownerID", "a document must belong to an owner", "文件必须有所属对象"))
	}
	return mayCreateFor(ctx, m, ObjDocument, *orgID)
}

// ownerOfDocument returns the owner organisation of the document docID as
// the viewer sees it: a document the viewer cannot read is NOT_FOUND.
func ownerOfDocument(ctx context.Context, c *gen.Client, docID int) (*int, error) {
	d, err := c.Document.Get(ctx, docID)
	if gen.IsNotFound(err) {
		return nil, deny(apperr.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	return d.OrganizationID, nil
}

// mayCreateFor allows the create of an obj row for the organisation orgID
// if the viewer holds obj:create and the organisation is in their domain,
// or obj:create_own and it is one of theirs.
func mayCreateFor(ctx context.Context, m ent.Mutation, obj string, orgID int) error {
	v := viewer.FromContext(ctx)
	switch {
	case can(ctx, obj, ActCreate):
		if crossDomain(ctx) {
			return privacy.Allow
		}
		c := m.(interface{ Client() *gen.Client }).Client()
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
