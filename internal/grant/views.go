package grant

import (
	"context"

	gen "hatchery/ent"
	"hatchery/ent/award"
	"hatchery/ent/documentversion"
	"hatchery/ent/objection"
	"hatchery/ent/organization"
	"hatchery/ent/proposal"
	"hatchery/ent/servicecase"
	"hatchery/internal/casework"
)

// What a proposal shows beyond its own columns, to whoever may read the
// proposal (privacy decided that when the proposal was loaded): experts
// cannot read the registry record or the case, so these read as the
// system, and only what the proposal's reader needs.

// Answers pairs a proposal's answers with the call's questions, in order.
func (s *Service) Answers(ctx context.Context, c *gen.Client, p *gen.Proposal) ([]*Answer, error) {
	call, err := c.GrantCall.Get(system(ctx), p.CallID)
	if err != nil {
		return nil, err
	}
	out := make([]*Answer, 0, len(call.Questions))
	for _, q := range call.Questions {
		if v, ok := p.Answers[q.Key]; ok {
			out = append(out, &Answer{Key: q.Key, Label: q.Label, Value: v})
		}
	}
	return out, nil
}

// OrganizationName is the applicant's name.
func OrganizationName(ctx context.Context, c *gen.Client, orgID int) (string, error) {
	if l := loadersFrom(ctx); l != nil {
		if o, err := l.orgs.Load(ctx, orgID); err != nil || o != nil {
			return nameOf(o, err)
		}
	} // not in a batch's answer: read alone, for the same error as ever
	o, err := c.Organization.Query().Where(organization.ID(orgID)).Select(organization.FieldName).Only(system(ctx))
	if err != nil {
		return "", err
	}
	return o.Name, nil
}

// Materials lists the documents of the proposal's case checklist, at the
// versions the case was given.
func (s *Service) Materials(ctx context.Context, c *gen.Client, p *gen.Proposal) ([]*Material, error) {
	sys := system(ctx)
	cs, err := c.ServiceCase.Get(sys, p.CaseID)
	if err != nil {
		return nil, err
	}
	out := make([]*Material, 0, len(cs.Checklist))
	for _, ch := range cs.Checklist {
		m := &Material{Key: ch.Material.Key, Name: ch.Material.Name}
		for i, docID := range ch.DocumentIDs {
			q := c.DocumentVersion.Query().Where(documentversion.DocumentID(docID)).Order(documentversion.ByNumber())
			if i < len(ch.VersionIDs) {
				q = c.DocumentVersion.Query().Where(documentversion.ID(ch.VersionIDs[i]))
			}
			vs, err := q.WithDocument().All(sys)
			if err != nil {
				return nil, err
			}
			if len(vs) == 0 || vs[len(vs)-1].Edges.Document == nil || vs[len(vs)-1].Edges.Document.DeletedAt != nil {
				continue
			}
			v := vs[len(vs)-1]
			m.Documents = append(m.Documents, MaterialDocument{ID: v.DocumentID, VersionID: v.ID, Title: v.Edges.Document.Title, FileName: v.Filename})
		}
		out = append(out, m)
	}
	return out, nil
}

// AwardOf is the proposal's award, if any, as the viewer may read it.
func AwardOf(ctx context.Context, c *gen.Client, p *gen.Proposal) (*gen.Award, error) {
	if l := loadersFrom(ctx); l != nil {
		return l.awards.Load(ctx, p.ID) // none, or not the viewer's: nil, as below
	}
	a, err := c.Award.Query().Where(award.ProposalID(p.ID)).Only(ctx)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return a, err
}

// ProposalOfAward is the proposal's title, read as the system (the public
// page and staff's award lists name it).
func ProposalTitle(ctx context.Context, c *gen.Client, id int) (string, error) {
	if l := loadersFrom(ctx); l != nil {
		if p, err := l.titles.Load(ctx, id); err != nil || p != nil {
			if err != nil {
				return "", err
			}
			return p.Title, nil
		}
	}
	p, err := c.Proposal.Query().Where(proposal.ID(id)).Select(proposal.FieldTitle).Only(system(ctx))
	if err != nil {
		return "", err
	}
	return p.Title, nil
}

// RulesOf is a call's own eligibility rules as the API shows them.
func RulesOf(call *gen.GrantCall) *EligibilityRules {
	r := &EligibilityRules{OrgKinds: []organization.Kind{}, MinMonthsRegistered: call.Eligibility.MinMonthsRegistered}
	for _, k := range call.Eligibility.OrgKinds {
		r.OrgKinds = append(r.OrgKinds, organization.Kind(k))
	}
	return r
}

// Announcing reports whether call's awards are in their announcement now.
func (s *Service) Announcing(call *gen.GrantCall) bool {
	if call.AnnouncedOn == nil || call.AnnouncementEndsOn == nil || call.FinalizedAt != nil {
		return false
	}
	return !casework.Day(s.Now()).After(*call.AnnouncementEndsOn)
}

// CaseNumber is the proposal's case number once it has one, for readers
// who may read the proposal (the applicant, staff).
func CaseNumber(ctx context.Context, c *gen.Client, p *gen.Proposal) (*string, error) {
	if l := loadersFrom(ctx); l != nil {
		if cs, err := l.cases.Load(ctx, p.CaseID); err != nil || cs != nil {
			if err != nil {
				return nil, err
			}
			return cs.Number, nil
		}
	}
	cs, err := c.ServiceCase.Query().Where(servicecase.ID(p.CaseID)).Select(servicecase.FieldNumber).Only(system(ctx))
	if err != nil {
		return nil, err
	}
	return cs.Number, nil
}

// MaterialURL signs a short-lived link to a material's version. The
// material came from a proposal the viewer may read, so the version is
// read as the system; DownloadURL audits the issue.
func (s *Service) MaterialURL(ctx context.Context, c *gen.Client, d *MaterialDocument) (string, error) {
	if s.Docs == nil {
		return "", nil
	}
	sys := system(ctx)
	v, err := c.DocumentVersion.Get(sys, d.VersionID)
	if err != nil {
		return "", err
	}
	return s.Docs.DownloadURL(sys, c, v, false)
}

// Objections are an award's objections, oldest first, as the viewer may
// read them.
func Objections(ctx context.Context, c *gen.Client, a *gen.Award) ([]*gen.Objection, error) {
	if l := loadersFrom(ctx); l != nil {
		rows, err := l.objections.Load(ctx, a.ID)
		if rows == nil && err == nil {
			rows = []*gen.Objection{}
		}
		return rows, err
	}
	return c.Objection.Query().Where(objection.AwardID(a.ID)).Order(objection.ByID()).All(ctx)
}

// nameOf is an organisation's name as a lookup answered it.
func nameOf(o *gen.Organization, err error) (string, error) {
	if err != nil {
		return "", err
	}
	return o.Name, nil
}
