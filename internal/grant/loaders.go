package grant

import (
	"context"

	gen "hatchery/ent"
	"hatchery/ent/award"
	"hatchery/ent/objection"
	"hatchery/ent/organization"
	"hatchery/ent/proposal"
	"hatchery/ent/servicecase"
	"hatchery/internal/pageload"
	"hatchery/internal/review"
)

// Per-request lookups for what the grant lists show on every row (the
// applicant's name, the proposal's title, award and case number, an
// award's objections, an assignment's proposal), read for the whole list
// at once (internal/pageload): the review board of a province call cost
// 928 statements, one per row and field, and now costs a few. Lists name
// their rows (NameProposals, NameAwards, NameAssignments). Each lookup
// reads as the single-row read it replaces did: names, titles and case
// numbers as the system, proposals, awards and objections under the
// viewer's privacy. Without them in ctx (a mutation's answer, read in its
// transaction) each row reads its own.
type loaders struct {
	orgs       *pageload.Loader[*gen.Organization]       // id and name, as the system
	titles     *pageload.Loader[*gen.Proposal]           // id and title, as the system
	cases      *pageload.Loader[*gen.ServiceCase]        // id and number, as the system
	proposals  *pageload.Loader[*gen.Proposal]           // the viewer's
	awards     *pageload.Loader[*gen.Award]              // by proposal id, the viewer's
	objections *pageload.Loader[[]*gen.Objection]        // by award id, the viewer's
	assigned   *pageload.Loader[[]*gen.ReviewAssignment] // live, by proposal id, the viewer's
}

type loadersKey struct{}

// WithLoaders returns ctx carrying fresh lookups reading through c, and
// the review panels' (review.Service.WithLoaders).
func (s *Service) WithLoaders(ctx context.Context, c *gen.Client) context.Context {
	l := &loaders{}
	l.orgs = pageload.New(func(ctx context.Context, ids []int) (map[int]*gen.Organization, error) {
		rows, err := c.Organization.Query().Where(organization.IDIn(ids...)).Select(organization.FieldName).All(system(ctx))
		return byID(rows, func(o *gen.Organization) int { return o.ID }), err
	})
	l.titles = pageload.New(func(ctx context.Context, ids []int) (map[int]*gen.Proposal, error) {
		rows, err := c.Proposal.Query().Where(proposal.IDIn(ids...)).Select(proposal.FieldTitle).All(system(ctx))
		return byID(rows, func(p *gen.Proposal) int { return p.ID }), err
	})
	l.cases = pageload.New(func(ctx context.Context, ids []int) (map[int]*gen.ServiceCase, error) {
		rows, err := c.ServiceCase.Query().Where(servicecase.IDIn(ids...)).Select(servicecase.FieldNumber).All(system(ctx))
		return byID(rows, func(cs *gen.ServiceCase) int { return cs.ID }), err
	})
	l.proposals = pageload.New(func(ctx context.Context, ids []int) (map[int]*gen.Proposal, error) {
		// With their calls: a list of assignments shows each proposal's
		// call, which would otherwise be read row by row (the calls are few).
		rows, err := c.Proposal.Query().Where(proposal.IDIn(ids...)).WithCall().All(ctx)
		l.nameProposals(rows) // their names, awards and case numbers come next
		return byID(rows, func(p *gen.Proposal) int { return p.ID }), err
	})
	l.awards = pageload.New(func(ctx context.Context, ids []int) (map[int]*gen.Award, error) {
		rows, err := c.Award.Query().Where(award.ProposalIDIn(ids...)).All(ctx)
		return byID(rows, func(a *gen.Award) int { return a.ProposalID }), err
	})
	l.objections = pageload.New(func(ctx context.Context, ids []int) (map[int][]*gen.Objection, error) {
		rows, err := c.Objection.Query().Where(objection.AwardIDIn(ids...)).Order(objection.ByID()).All(ctx)
		out := make(map[int][]*gen.Objection, len(ids))
		for _, o := range rows {
			out[o.AwardID] = append(out[o.AwardID], o)
		}
		return out, err
	})
	l.assigned = pageload.New(func(ctx context.Context, ids []int) (map[int][]*gen.ReviewAssignment, error) {
		rows, err := proposalAssignments(c, ids...).All(ctx)
		NameAssignments(ctx, rows) // their reviewers' names and panels come next
		out := make(map[int][]*gen.ReviewAssignment, len(ids))
		for _, a := range rows {
			out[a.ItemID] = append(out[a.ItemID], a)
		}
		return out, err
	})
	ctx = context.WithValue(ctx, loadersKey{}, l)
	return s.Review.WithLoaders(ctx, c)
}

func loadersFrom(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	return l
}

// NameProposals tells the request's lookups the proposals a list is about
// to answer. Without lookups in ctx it does nothing.
func NameProposals(ctx context.Context, rows []*gen.Proposal) {
	if l := loadersFrom(ctx); l != nil {
		l.nameProposals(rows)
	}
}

func (l *loaders) nameProposals(rows []*gen.Proposal) {
	for _, p := range rows {
		l.orgs.Name(p.OrganizationID)
		l.awards.Name(p.ID)
		l.cases.Name(p.CaseID)
		l.assigned.Name(p.ID)
	}
}

// NameAwards tells the request's lookups the awards a list is about to
// answer. Without lookups in ctx it does nothing.
func NameAwards(ctx context.Context, rows []*gen.Award) {
	l := loadersFrom(ctx)
	if l == nil {
		return
	}
	for _, a := range rows {
		l.orgs.Name(a.OrganizationID)
		l.titles.Name(a.ProposalID)
		l.objections.Name(a.ID)
	}
}

// NameAssignments tells the request's lookups the review assignments a
// list is about to answer: their proposals, and their panels and
// reviewers (review.NameAssignments).
func NameAssignments(ctx context.Context, rows []*gen.ReviewAssignment) {
	review.NameAssignments(ctx, rows)
	l := loadersFrom(ctx)
	if l == nil {
		return
	}
	for _, a := range rows {
		l.proposals.Name(a.ItemID)
	}
}

// byID maps rows by key.
func byID[T any](rows []T, key func(T) int) map[int]T {
	out := make(map[int]T, len(rows))
	for _, r := range rows {
		out[key(r)] = r
	}
	return out
}
