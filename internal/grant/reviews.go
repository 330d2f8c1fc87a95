package grant

import (
	"context"

	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/ent/proposal"
	"hatchery/ent/reviewassignment"
	"hatchery/ent/reviewpanel"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/review"
	"hatchery/internal/review/reviewdata"
	"hatchery/internal/viewer"
)

// A call's review goes through internal/review: one panel per call, whose
// items are the call's submitted proposals.

// Panel returns call callID's panel, made (or its rubric refreshed while no
// review is in) from the call's settings.
func (s *Service) Panel(ctx context.Context, c *gen.Client, callID int) (*gen.ReviewPanel, error) {
	call, err := c.GrantCall.Get(ctx, callID)
	if err != nil {
		return nil, err
	}
	return s.Review.Panel(ctx, c, PanelKind, call.ID, call.DomainID, call.Title, call.Rubric, call.ReviewersPerProposal)
}

// callPanel is the query of a call's review panel.
func callPanel(c *gen.Client, callID int) *gen.ReviewPanelQuery {
	return c.ReviewPanel.Query().Where(reviewpanel.SubjectKind(PanelKind), reviewpanel.SubjectID(callID))
}

// panelOf returns the panel of proposal p's call, which must exist.
func panelOf(ctx context.Context, c *gen.Client, callID int) (*gen.ReviewPanel, error) {
	p, err := callPanel(c, callID).Only(system(ctx))
	if gen.IsNotFound(err) {
		return nil, apperr.New(apperr.Conflict, "the call has no review panel yet", "本批次尚未组建评审组").WithReason("NO_PANEL")
	}
	return p, err
}

// panelFiguresOf is the call's panel as review.Aggregates reads it: its id
// and whether it has closed. The whole row's rubric is JSON, decoded on
// every ranking only to be dropped: reading the panel was 5.8% of the
// county ranked list's CPU profile whole, 3.2% like this (issue 14).
func panelFiguresOf(ctx context.Context, c *gen.Client, callID int) (*gen.ReviewPanel, error) {
	return callPanel(c, callID).Select(reviewpanel.FieldID, reviewpanel.FieldClosedAt).Only(system(ctx))
}

// AutoAssign gives every submitted proposal of the call its reviewers.
func (s *Service) AutoAssign(ctx context.Context, c *gen.Client, callID int) (int, error) {
	p, err := s.Panel(ctx, c, callID)
	if err != nil {
		return 0, err
	}
	ps, err := c.Proposal.Query().Where(proposal.CallID(callID), proposal.StatusEQ(proposal.StatusSUBMITTED), live()).
		Order(proposal.ByID()).All(ctx)
	if err != nil {
		return 0, err
	}
	items := make([]review.Item, len(ps))
	for i, x := range ps {
		items[i] = review.Item{ID: x.ID, OrganizationID: x.OrganizationID}
	}
	return s.Review.AutoAssign(ctx, c, p, items)
}

// Assign gives proposal proposalID to expert by hand.
func (s *Service) Assign(ctx context.Context, c *gen.Client, proposalID, expert int) (*gen.ReviewAssignment, error) {
	x, err := c.Proposal.Get(ctx, proposalID)
	if err != nil {
		return nil, err
	}
	p, err := s.Panel(ctx, c, x.CallID)
	if err != nil {
		return nil, err
	}
	return s.Review.Assign(ctx, c, p, review.Item{ID: x.ID, OrganizationID: x.OrganizationID}, expert)
}

// DeclareConflict records the viewer's conflict with proposal proposalID.
// The proposal is looked up as the system: an expert declares a conflict
// precisely about what they should not read.
func (s *Service) DeclareConflict(ctx context.Context, c *gen.Client, proposalID int, reason string) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return apperr.ErrUnauthenticated
	}
	if !authz.Can(ctx, authz.ObjReview, authz.ActUpdateOwn) {
		return apperr.ErrForbidden
	}
	// Only a proposal of the expert's own county: another county's answers
	// as one that does not exist.
	x, err := c.Proposal.Query().Where(proposal.ID(proposalID), proposal.DomainID(v.DomainID)).Only(system(ctx))
	if err != nil {
		return err
	}
	p, err := panelOf(ctx, c, x.CallID)
	if err != nil {
		return err
	}
	if p.DomainID != x.DomainID {
		return apperr.ErrNotFound
	}
	return s.Review.DeclareConflict(ctx, c, p, review.Item{ID: x.ID, OrganizationID: x.OrganizationID}, reason)
}

// AssignmentPanel returns the panel of assignment a.
func AssignmentPanel(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment) (*gen.ReviewPanel, error) {
	return c.ReviewPanel.Get(system(ctx), a.PanelID)
}

// AssignmentProposal returns the proposal assignment a is about, as the
// viewer may read it (an expert: only while assigned and not conflicted).
func AssignmentProposal(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment) (*gen.Proposal, error) {
	if l := loadersFrom(ctx); l != nil {
		return l.proposals.Load(ctx, a.ItemID) // not found or not the viewer's: nil, as below
	}
	p, err := c.Proposal.Get(ctx, a.ItemID)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return p, err
}

// CallAssignments lists the live assignments of a call's panel.
func (s *Service) CallAssignments(ctx context.Context, c *gen.Client, callID int) ([]*gen.ReviewAssignment, error) {
	p, err := s.Panel(ctx, c, callID)
	if err != nil {
		return nil, err
	}
	rows, err := c.ReviewAssignment.Query().Where(reviewassignment.PanelID(p.ID), reviewassignment.StatusNEQ(reviewassignment.StatusREMOVED)).
		Order(reviewassignment.ByItemID(), reviewassignment.ByID()).All(ctx)
	NameAssignments(ctx, rows)
	return rows, err
}

// ProposalAssignments lists the live assignments of proposal p on its
// call's panel that the viewer may read, by assignment.
func ProposalAssignments(ctx context.Context, c *gen.Client, p *gen.Proposal) ([]*gen.ReviewAssignment, error) {
	var rows []*gen.ReviewAssignment
	var err error
	if l := loadersFrom(ctx); l != nil {
		rows, err = l.assigned.Load(ctx, p.ID)
	} else {
		rows, err = proposalAssignments(c, p.ID).All(ctx)
	}
	if rows == nil && err == nil {
		rows = []*gen.ReviewAssignment{}
	}
	return rows, err
}

// proposalAssignments is the query of the live assignments of proposals
// ids: those on their calls' panels. A panel's items may be another
// programme's rows on its own panels, so the item id alone is not enough;
// and naming the calls (rather than every venture-grant panel) lets
// PostgreSQL walk the (panel_id, item_id) index of a panel or two instead
// of one per call ever held: 14 ms against 3 for a province board page.
func proposalAssignments(c *gen.Client, ids ...int) *gen.ReviewAssignmentQuery {
	ofTheirCalls := func(s *sql.Selector) {
		calls := sql.Select(proposal.FieldCallID).From(sql.Table(proposal.Table)).Where(sql.InInts(proposal.FieldID, ids...))
		s.Where(sql.In(s.C(reviewpanel.FieldSubjectID), calls))
	}
	return c.ReviewAssignment.Query().Where(
		reviewassignment.ItemIDIn(ids...),
		reviewassignment.StatusNEQ(reviewassignment.StatusREMOVED),
		reviewassignment.HasPanelWith(reviewpanel.SubjectKind(PanelKind), ofTheirCalls),
	).Order(reviewassignment.ByItemID(), reviewassignment.ByID())
}

// SetReviewers makes userIDs the call's panel.
func (s *Service) SetReviewers(ctx context.Context, c *gen.Client, callID int, userIDs []int) (*gen.ReviewPanel, error) {
	p, err := s.Panel(ctx, c, callID)
	if err != nil {
		return nil, err
	}
	return s.Review.SetMembers(ctx, c, p, userIDs)
}

// RemoveAssignment takes assignment id back (staff).
func (s *Service) RemoveAssignment(ctx context.Context, c *gen.Client, id int, reason string) (*gen.ReviewAssignment, error) {
	a, err := c.ReviewAssignment.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.Review.Remove(ctx, c, a, reason)
}

// Score saves or hands in the viewer's scores of assignment id.
func (s *Service) Score(ctx context.Context, c *gen.Client, id int, scores []reviewdata.Score, comment string, submit bool) (*gen.ReviewAssignment, error) {
	a, err := c.ReviewAssignment.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	p, err := AssignmentPanel(ctx, c, a)
	if err != nil {
		return nil, err
	}
	return s.Review.Score(ctx, c, a, p, scores, comment, submit)
}

// ClosePanel closes the call's panel.
func (s *Service) ClosePanel(ctx context.Context, c *gen.Client, callID int) (*gen.ReviewPanel, error) {
	p, err := s.Panel(ctx, c, callID)
	if err != nil {
		return nil, err
	}
	return s.Review.Close(ctx, c, p)
}
