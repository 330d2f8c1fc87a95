package grant

import (
	"context"

	gen "hatchery/ent"
	"hatchery/ent/award"
	"hatchery/ent/grantcall"
	"hatchery/ent/organization"
)

// PublicCalls lists the published calls of a county (all counties when
// domainID is nil) for the public page, newest first, with their awards
// once announced. Read as the system and reduced to public fields: no
// person, contact or score is on it.
func (s *Service) PublicCalls(ctx context.Context, c *gen.Client, domainID *int) ([]*PublicCall, error) {
	sys := system(ctx)
	q := c.GrantCall.Query().Where(grantcall.StatusEQ(grantcall.StatusPUBLISHED)).
		Order(gen.Desc(grantcall.FieldYear), gen.Desc(grantcall.FieldID)).Limit(50)
	if domainID != nil {
		q.Where(grantcall.DomainID(*domainID))
	}
	calls, err := q.All(sys)
	if err != nil || len(calls) == 0 {
		return nil, err
	}
	ids := make([]int, len(calls))
	for i, call := range calls {
		ids[i] = call.ID
	}
	as, err := c.Award.Query().Where(award.CallIDIn(ids...), award.StatusIn(award.StatusPROVISIONAL, award.StatusFINAL)).
		WithProposal().WithOrganization(func(q *gen.OrganizationQuery) { q.Select(organization.FieldID, organization.FieldName) }).
		Order(gen.Desc(award.FieldAmount), gen.Asc(award.FieldID)).All(sys)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	out := make([]*PublicCall, len(calls))
	byID := map[int]*PublicCall{}
	for i, call := range calls {
		out[i] = &PublicCall{ID: call.ID, Year: call.Year, Title: call.Title, Description: call.Description,
			Categories: call.Categories, MinAmount: call.MinAmount, MaxAmount: call.MaxAmount, OpensAt: call.OpensAt,
			ClosesAt: call.ClosesAt, Phase: PhaseOf(call, now), Budget: call.Budget,
			AnnouncedOn: call.AnnouncedOn, AnnouncementEndsOn: call.AnnouncementEndsOn, Awards: []PublicAward{}}
		byID[call.ID] = out[i]
	}
	for _, a := range as {
		pc := byID[a.CallID]
		if pc == nil || pc.AnnouncedOn == nil || a.Edges.Proposal == nil || a.Edges.Organization == nil {
			continue
		}
		pc.Awards = append(pc.Awards, PublicAward{OrganizationName: a.Edges.Organization.Name,
			ProjectTitle: a.Edges.Proposal.Title, Category: a.Edges.Proposal.Category, Amount: a.Amount, Status: a.Status})
	}
	return out, nil
}
