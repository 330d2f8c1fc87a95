// Package review runs expert review panels for any programme: a panel per
// subject (a grant call; later a purchase or an award round) with its
// rubric and members, N reviewers per item, automatic assignment that
// balances the load, manual override, conflicts of interest, blind
// scoring until the panel closes, and the aggregation of scores.
//
// A programme names its items by id and tells the panel each item's
// organisation; the conflict rule (a member of the applicant never reviews
// it, nor does an expert who declared a conflict) needs nothing else.
// Reading an item is the programme's business; its privacy asks whether
// the viewer holds a live assignment here (internal/authz/grant.go).
package review

import (
	"context"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/conflictdeclaration"
	"hatchery/ent/membership"
	"hatchery/ent/panelmember"
	"hatchery/ent/reviewassignment"
	"hatchery/ent/reviewpanel"
	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/review/reviewdata"
	"hatchery/internal/viewer"
)

// Item is one thing a panel reviews: its id in the programme and the
// organisation that submitted it.
type Item struct {
	ID             int
	OrganizationID int
}

// Service runs panels. Now is the clock (tests move it).
type Service struct {
	Now func() time.Time
}

// New returns the service.
func New() *Service { return &Service{Now: time.Now} }

func system(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

// Panel returns the panel of (kind, subjectID), making it on first use
// with name, rubric and perItem; a later call that brings a changed rubric
// or perItem updates them while the panel has no submitted review.
//
// Reading the board calls this, so an unchanged panel is left alone: an
// update on every read wrote an audit row per view of an open panel (and
// refused the read to an expert, who may not update it).
func (s *Service) Panel(ctx context.Context, c *gen.Client, kind string, subjectID, domainID int, name string,
	rubric []reviewdata.Criterion, perItem int) (*gen.ReviewPanel, error) {
	p, err := c.ReviewPanel.Query().Where(reviewpanel.SubjectKind(kind), reviewpanel.SubjectID(subjectID)).Only(ctx)
	if gen.IsNotFound(err) {
		return c.ReviewPanel.Create().SetSubjectKind(kind).SetSubjectID(subjectID).SetDomainID(domainID).
			SetName(name).SetRubric(rubric).SetReviewersPerItem(perItem).Save(ctx)
	}
	if err != nil {
		return nil, err
	}
	if p.ClosedAt != nil || (p.ReviewersPerItem == perItem && slices.Equal(p.Rubric, rubric)) {
		return p, nil
	}
	done, err := c.ReviewAssignment.Query().Where(reviewassignment.PanelID(p.ID),
		reviewassignment.StatusEQ(reviewassignment.StatusSUBMITTED)).Exist(ctx)
	if err != nil || done {
		return p, err
	}
	return p.Update().SetRubric(rubric).SetReviewersPerItem(perItem).Save(ctx)
}

// SetMembers makes userIDs the panel's members: experts of the panel's
// county (an account without the expert role is refused by name).
func (s *Service) SetMembers(ctx context.Context, c *gen.Client, p *gen.ReviewPanel, userIDs []int) (*gen.ReviewPanel, error) {
	if err := manage(ctx); err != nil {
		return nil, err
	}
	if err := open(p); err != nil {
		return nil, err
	}
	slices.Sort(userIDs)
	userIDs = slices.Compact(userIDs)
	experts, err := c.User.Query().Where(user.IDIn(userIDs...), user.DomainID(p.DomainID), user.StatusEQ(user.StatusACTIVE),
		user.HasRoleAssignmentsWith(roleassignment.RoleEQ(roleassignment.RoleEXPERT))).IDs(system(ctx))
	if err != nil {
		return nil, err
	}
	if len(experts) != len(userIDs) {
		return nil, apperr.Invalid("userIDs", "only active experts of the panel's county can sit on it",
			"只能选择本县在用的评审专家")
	}
	if _, err := c.PanelMember.Delete().Where(panelmember.PanelID(p.ID), panelmember.ExpertIDNotIn(userIDs...)).Exec(ctx); err != nil {
		return nil, err
	}
	have, err := c.PanelMember.Query().Where(panelmember.PanelID(p.ID)).Select(panelmember.FieldExpertID).Ints(ctx)
	if err != nil {
		return nil, err
	}
	for _, id := range userIDs {
		if !slices.Contains(have, id) {
			if err := c.PanelMember.Create().SetPanelID(p.ID).SetExpertID(id).SetDomainID(p.DomainID).Exec(ctx); err != nil {
				return nil, err
			}
		}
	}
	return p, nil
}

// manage refuses a viewer who may not manage panels (review:update) up
// front: membership, conflicts and assignments are then read as the
// system, and an error told from those reads (already assigned, not on the
// panel, not an expert) would tell an expert who else reviews.
func manage(ctx context.Context) error {
	if !authz.Can(ctx, authz.ObjReview, authz.ActUpdate) {
		return apperr.New(apperr.Forbidden, "only the bureau's staff manage review panels", "只有工作人员可以管理评审组")
	}
	return nil
}

func open(p *gen.ReviewPanel) error {
	if p.ClosedAt != nil {
		return apperr.New(apperr.Conflict, "the panel is closed", "评审已结束").WithReason("PANEL_CLOSED")
	}
	return nil
}

// Reviewers lists the panel's members with their loads, as the viewer
// may see them: staff every member, an expert (who reads the panel for its
// rubric) their own seat only — PanelMemberPolicy and the assignments'
// policy narrow both reads. Only the accounts of the members read so are
// loaded as the system, since an expert may not read users.
func (s *Service) Reviewers(ctx context.Context, c *gen.Client, p *gen.ReviewPanel) ([]*Reviewer, error) {
	ms, err := c.PanelMember.Query().Where(panelmember.PanelID(p.ID)).Order(panelmember.ByExpertID()).All(ctx)
	if err != nil {
		return nil, err
	}
	if len(ms) == 0 {
		return []*Reviewer{}, nil
	}
	ids := make([]int, len(ms))
	for i, m := range ms {
		ids[i] = m.ExpertID
	}
	users, err := c.User.Query().Where(user.IDIn(ids...)).All(system(ctx))
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*gen.User, len(users))
	for _, u := range users {
		byID[u.ID] = u
	}
	as, err := c.ReviewAssignment.Query().
		Where(reviewassignment.PanelID(p.ID), reviewassignment.ExpertIDIn(ids...), reviewassignment.StatusNEQ(reviewassignment.StatusREMOVED)).
		All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*Reviewer, 0, len(ms))
	for _, m := range ms {
		r := &Reviewer{User: byID[m.ExpertID]}
		for _, a := range as {
			if a.ExpertID == m.ExpertID {
				r.Load++
				if a.Status == reviewassignment.StatusSUBMITTED {
					r.Submitted++
				}
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// state is what assignment needs to know of a panel, read once.
type state struct {
	members   []int
	load      map[int]int          // live assignments per member
	holders   map[int]map[int]bool // item → experts holding it live
	conflicts map[int]map[int]bool // item → experts with a declared conflict
	orgs      map[int]map[int]bool // expert → organisations they are a member of
	ever      map[int]map[int]bool // item → experts removed from it (not reassigned)
}

func (s *Service) load(ctx context.Context, c *gen.Client, p *gen.ReviewPanel) (*state, error) {
	sys := system(ctx)
	st := &state{load: map[int]int{}, holders: map[int]map[int]bool{}, conflicts: map[int]map[int]bool{},
		orgs: map[int]map[int]bool{}, ever: map[int]map[int]bool{}}
	var err error
	st.members, err = c.PanelMember.Query().Where(panelmember.PanelID(p.ID)).Select(panelmember.FieldExpertID).Ints(sys)
	if err != nil {
		return nil, err
	}
	slices.Sort(st.members)
	as, err := c.ReviewAssignment.Query().Where(reviewassignment.PanelID(p.ID)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, a := range as {
		if a.Status == reviewassignment.StatusREMOVED {
			add(st.ever, a.ItemID, a.ExpertID)
			continue
		}
		st.load[a.ExpertID]++
		add(st.holders, a.ItemID, a.ExpertID)
	}
	ks, err := c.ConflictDeclaration.Query().Where(conflictdeclaration.PanelID(p.ID)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, k := range ks {
		add(st.conflicts, k.ItemID, k.ExpertID)
	}
	mss, err := c.Membership.Query().Where(membership.UserIDIn(st.members...)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, m := range mss {
		add(st.orgs, m.UserID, m.OrganizationID)
	}
	return st, nil
}

func add(m map[int]map[int]bool, k, v int) {
	if m[k] == nil {
		m[k] = map[int]bool{}
	}
	m[k][v] = true
}

// conflicted reports whether expert may never review item.
func (st *state) conflicted(it Item, expert int) bool {
	return st.orgs[expert][it.OrganizationID] || st.conflicts[it.ID][expert]
}

// Conflicted reports whether expert may not review item: a member of its
// organisation, or a declared conflict.
func (s *Service) Conflicted(ctx context.Context, c *gen.Client, p *gen.ReviewPanel, it Item, expert int) (bool, error) {
	sys := system(ctx)
	member, err := c.Membership.Query().Where(membership.UserID(expert), membership.OrganizationID(it.OrganizationID)).Exist(sys)
	if err != nil || member {
		return member, err
	}
	return c.ConflictDeclaration.Query().Where(conflictdeclaration.PanelID(p.ID), conflictdeclaration.ItemID(it.ID),
		conflictdeclaration.ExpertID(expert)).Exist(sys)
}

// AutoAssign gives every item the panel's number of reviewers, each time
// choosing the least-loaded members who may review it (ties: lowest id),
// so with no conflicts the loads differ by at most one. An item short of
// eligible members gets as many as there are. It answers how many
// assignments it made.
func (s *Service) AutoAssign(ctx context.Context, c *gen.Client, p *gen.ReviewPanel, items []Item) (int, error) {
	if err := manage(ctx); err != nil {
		return 0, err
	}
	if err := open(p); err != nil {
		return 0, err
	}
	st, err := s.load(ctx, c, p)
	if err != nil {
		return 0, err
	}
	if len(st.members) == 0 {
		return 0, apperr.New(apperr.BadUserInput, "the panel has no reviewers yet: add experts first",
			"评审组还没有专家，请先添加").WithReason("NO_REVIEWERS")
	}
	made := 0
	for _, it := range items {
		n, err := s.fill(ctx, c, p, st, it)
		if err != nil {
			return made, err
		}
		made += n
	}
	return made, nil
}

// fill assigns item up to the panel's number of reviewers.
func (s *Service) fill(ctx context.Context, c *gen.Client, p *gen.ReviewPanel, st *state, it Item) (int, error) {
	need := p.ReviewersPerItem - len(st.holders[it.ID])
	made := 0
	for ; need > 0; need-- {
		best := 0
		for _, m := range st.members {
			if st.holders[it.ID][m] || st.ever[it.ID][m] || st.conflicted(it, m) {
				continue
			}
			if best == 0 || st.load[m] < st.load[best] {
				best = m
			}
		}
		if best == 0 {
			break
		}
		if err := c.ReviewAssignment.Create().SetPanelID(p.ID).SetItemID(it.ID).SetOrganizationID(it.OrganizationID).
			SetExpertID(best).SetDomainID(p.DomainID).Exec(ctx); err != nil {
			return made, err
		}
		st.load[best]++
		add(st.holders, it.ID, best)
		made++
	}
	return made, nil
}

// Assign gives item to expert by hand; the conflict rules still hold.
func (s *Service) Assign(ctx context.Context, c *gen.Client, p *gen.ReviewPanel, it Item, expert int) (*gen.ReviewAssignment, error) {
	if err := manage(ctx); err != nil {
		return nil, err
	}
	if err := open(p); err != nil {
		return nil, err
	}
	member, err := c.PanelMember.Query().Where(panelmember.PanelID(p.ID), panelmember.ExpertID(expert)).Exist(system(ctx))
	if err != nil {
		return nil, err
	}
	if !member {
		return nil, apperr.Invalid("userID", "the expert does not sit on this panel", "该专家不在本评审组")
	}
	bad, err := s.Conflicted(ctx, c, p, it, expert)
	if err != nil {
		return nil, err
	}
	if bad {
		return nil, apperr.New(apperr.Conflict, "the expert has a conflict of interest with this proposal (a member of the applicant, or declared)",
			"该专家与此项目存在利益冲突（系申报组织成员或已申报回避）").WithReason("CONFLICT_OF_INTEREST")
	}
	held, err := c.ReviewAssignment.Query().Where(reviewassignment.PanelID(p.ID), reviewassignment.ItemID(it.ID),
		reviewassignment.ExpertID(expert), reviewassignment.StatusNEQ(reviewassignment.StatusREMOVED)).Exist(system(ctx))
	if err != nil {
		return nil, err
	}
	if held {
		return nil, apperr.New(apperr.Conflict, "the expert already reviews this proposal", "该专家已在评审此项目").WithReason("ALREADY_ASSIGNED")
	}
	return c.ReviewAssignment.Create().SetPanelID(p.ID).SetItemID(it.ID).SetOrganizationID(it.OrganizationID).
		SetExpertID(expert).SetDomainID(p.DomainID).SetManual(true).Save(ctx)
}

// Remove takes an assignment back.
func (s *Service) Remove(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment, reason string) (*gen.ReviewAssignment, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return nil, apperr.Invalid("reason", "say why the assignment is taken back", "请说明撤回原因")
	}
	if a.Status == reviewassignment.StatusREMOVED {
		return a, nil
	}
	return a.Update().SetStatus(reviewassignment.StatusREMOVED).SetRemovedReason(reason).Save(ctx)
}

// DeclareConflict records the viewer's conflict with item: their live
// assignment of it is removed and the item gets another reviewer. Any
// expert of the panel may declare one, assigned or not.
func (s *Service) DeclareConflict(ctx context.Context, c *gen.Client, p *gen.ReviewPanel, it Item, reason string) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return apperr.ErrUnauthenticated
	}
	if !authz.Can(ctx, authz.ObjReview, authz.ActUpdateOwn) {
		return apperr.ErrForbidden
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return apperr.Invalid("reason", "describe the conflict of interest", "请说明利益冲突情况")
	}
	sys := system(ctx)
	exists, err := c.ConflictDeclaration.Query().Where(conflictdeclaration.PanelID(p.ID), conflictdeclaration.ItemID(it.ID),
		conflictdeclaration.ExpertID(v.UserID)).Exist(sys)
	if err != nil {
		return err
	}
	if !exists {
		if err := c.ConflictDeclaration.Create().SetPanelID(p.ID).SetItemID(it.ID).SetExpertID(v.UserID).
			SetDomainID(p.DomainID).SetReason(reason).Exec(sys); err != nil {
			return err
		}
	}
	n, err := c.ReviewAssignment.Update().Where(reviewassignment.PanelID(p.ID), reviewassignment.ItemID(it.ID),
		reviewassignment.ExpertID(v.UserID), reviewassignment.StatusNEQ(reviewassignment.StatusREMOVED)).
		SetStatus(reviewassignment.StatusREMOVED).SetRemovedReason("申报利益冲突 / conflict of interest declared").Save(sys)
	if err != nil || n == 0 || p.ClosedAt != nil {
		return err
	}
	st, err := s.load(ctx, c, p)
	if err != nil {
		return err
	}
	_, err = s.fill(sys, c, p, st, it)
	return err
}

// Score saves the viewer's scores of their assignment a; submit hands
// them in (every criterion scored, within its maximum), after which they
// cannot change.
func (s *Service) Score(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment, p *gen.ReviewPanel,
	scores []reviewdata.Score, comment string, submit bool) (*gen.ReviewAssignment, error) {
	v := viewer.FromContext(ctx)
	if v == nil || a.ExpertID != v.UserID || !authz.Can(ctx, authz.ObjReview, authz.ActUpdateOwn) {
		return nil, apperr.ErrForbidden
	}
	if err := open(p); err != nil {
		return nil, err
	}
	switch a.Status {
	case reviewassignment.StatusREMOVED:
		return nil, apperr.New(apperr.Conflict, "this assignment was taken back", "该评审任务已撤回").WithReason("ASSIGNMENT_REMOVED")
	case reviewassignment.StatusSUBMITTED:
		return nil, apperr.New(apperr.Conflict, "the scores were handed in and can no longer change", "评分已提交，不能再修改").WithReason("ALREADY_SUBMITTED")
	}
	byKey := map[string]reviewdata.Criterion{}
	for _, k := range p.Rubric {
		byKey[k.Key] = k
	}
	seen := map[string]bool{}
	clean := make([]reviewdata.Score, 0, len(scores))
	for _, sc := range scores {
		k, ok := byKey[sc.Key]
		if !ok {
			return nil, apperr.Invalid("scores", "the rubric has no criterion "+sc.Key, "评分标准中没有“"+sc.Key+"”")
		}
		if sc.Score < 0 || sc.Score > k.MaxScore || seen[sc.Key] {
			return nil, apperr.Newf(apperr.BadUserInput, "%s: score 0 to %d, once", "%s：请打 0 至 %d 分，每项一次", k.Name, k.MaxScore).OnField("scores")
		}
		seen[sc.Key] = true
		clean = append(clean, reviewdata.Score{Key: sc.Key, Score: sc.Score, Comment: strings.TrimSpace(sc.Comment)})
	}
	u := a.Update().SetScores(clean).SetComment(strings.TrimSpace(comment))
	if submit {
		var missing []string
		for _, k := range p.Rubric {
			if !seen[k.Key] {
				missing = append(missing, k.Name)
			}
		}
		if len(missing) > 0 {
			return nil, apperr.Newf(apperr.BadUserInput, "score every criterion before handing in; missing: %s",
				"请为每一项打分后再提交，尚缺：%s", strings.Join(missing, "、")).OnField("scores")
		}
		u.SetStatus(reviewassignment.StatusSUBMITTED).SetSubmittedAt(s.Now()).SetTotalTenths(reviewdata.Total(p.Rubric, clean))
	}
	// Written as the system: the expert holds update_own on their own
	// row, which the check above established.
	return u.Save(system(ctx))
}

// Close closes the panel: its scores are final and visible.
func (s *Service) Close(ctx context.Context, c *gen.Client, p *gen.ReviewPanel) (*gen.ReviewPanel, error) {
	if p.ClosedAt != nil {
		return p, nil
	}
	return p.Update().SetClosedAt(s.Now()).Save(ctx)
}

// ScoresVisible reports whether the viewer may see a's scores: their own
// always; staff (review:read) always; anyone else once the panel closed.
func ScoresVisible(ctx context.Context, a *gen.ReviewAssignment, p *gen.ReviewPanel) bool {
	v := viewer.FromContext(ctx)
	if v == nil {
		return false
	}
	return a.ExpertID == v.UserID || authz.Can(ctx, authz.ObjReview, authz.ActRead) || p.ClosedAt != nil
}

// Aggregate is the figures of one item's submitted reviews, in tenths.
type Aggregate struct {
	Done, Assigned int
	// Mean, Trimmed and Spread in tenths of a point; nil before any review.
	Mean, Trimmed, Spread *int
}

// AggregatesVisible reports whether the viewer may see a panel's figures
// (reviews done, means, spreads): staff (review:read) always, anyone else
// once the panel closed. Review is blind until then: with two reviewers a
// mean and a spread give each one's total, and even the count of reviews
// handed in is the panel's business.
func AggregatesVisible(ctx context.Context, p *gen.ReviewPanel) bool {
	return viewer.FromContext(ctx) != nil && (p.ClosedAt != nil || authz.Can(ctx, authz.ObjReview, authz.ActRead))
}

// Aggregates sums up the reviews of every item of panel p in one query,
// or nothing (an empty map) for a viewer AggregatesVisible refuses; the
// caller keeps to the items the viewer may read. It reads the three
// columns it needs: the scores by criterion and the comments (JSON and
// text) were 36% of the server's CPU on a call's ranking (issue 14's
// benchmark), decoded only to be dropped. Of p it reads the id and the
// closing time only (grant reads the panel's other columns no more).
//
// Summing the totals up in the database instead (one row an item: counts,
// sum, sum of squares, lowest, highest) cost less of the server's CPU but
// more of PostgreSQL's: the county ranked list went from 655 to 616
// requests/s (8 alternating rounds, every round slower).
func Aggregates(ctx context.Context, c *gen.Client, p *gen.ReviewPanel) (map[int]*Aggregate, error) {
	if !AggregatesVisible(ctx, p) {
		return map[int]*Aggregate{}, nil
	}
	as, err := c.ReviewAssignment.Query().Where(reviewassignment.PanelID(p.ID),
		reviewassignment.StatusNEQ(reviewassignment.StatusREMOVED)).
		Select(reviewassignment.FieldItemID, reviewassignment.FieldStatus, reviewassignment.FieldTotalTenths).
		All(system(ctx))
	if err != nil {
		return nil, err
	}
	totals := map[int][]int{}
	out := map[int]*Aggregate{}
	for _, a := range as {
		g := out[a.ItemID]
		if g == nil {
			g = &Aggregate{}
			out[a.ItemID] = g
		}
		g.Assigned++
		if a.Status == reviewassignment.StatusSUBMITTED && a.TotalTenths != nil {
			g.Done++
			totals[a.ItemID] = append(totals[a.ItemID], *a.TotalTenths)
		}
	}
	for id, ts := range totals {
		g := out[id]
		m, tm, sd := Summary(ts)
		g.Mean, g.Trimmed, g.Spread = &m, &tm, &sd
	}
	return out, nil
}

// Summary returns the mean, the trimmed mean (the highest and lowest
// dropped when there are at least four) and the population standard
// deviation of totals (tenths), each rounded to tenths.
func Summary(totals []int) (mean, trimmed, spread int) {
	n := len(totals)
	if n == 0 {
		return 0, 0, 0
	}
	sum := 0
	for _, t := range totals {
		sum += t
	}
	mean = roundDiv(sum, n)
	sorted := slices.Clone(totals)
	slices.Sort(sorted)
	if n >= 4 {
		sorted = sorted[1 : n-1]
	}
	ts := 0
	for _, t := range sorted {
		ts += t
	}
	trimmed = roundDiv(ts, len(sorted))
	// variance in tenths² = Σ(t - sum/n)² / n = (n Σt² - (Σt)²) / n².
	sq := 0
	for _, t := range totals {
		sq += t * t
	}
	spread = isqrtRound(n*sq-sum*sum, n*n)
	return mean, trimmed, spread
}

func roundDiv(a, b int) int { return (2*a + b) / (2 * b) }

// isqrtRound is √(num/den) rounded to the nearest integer, exactly.
func isqrtRound(num, den int) int {
	if num <= 0 {
		return 0
	}
	// The largest r with r² ≤ num/den, then round: (r+½)² ≤ num/den ⇔ (2r+1)² den ≤ 4 num.
	r := 0
	for (r+1)*(r+1)*den <= num {
		r++
	}
	if (2*r+1)*(2*r+1)*den <= 4*num {
		r++
	}
	return r
}
