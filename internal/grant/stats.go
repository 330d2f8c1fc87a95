package grant

import (
	"cmp"
	"context"
	"slices"

	gen "hatchery/ent"
	"hatchery/ent/award"
	"hatchery/ent/grantcall"
	"hatchery/ent/ledgerentry"
	"hatchery/ent/proposal"
	"hatchery/internal/review"
)

// CallStatistics are call callID's figures: proposals by category and
// town with requested and awarded money, review progress, and the
// distribution of mean scores.
func (s *Service) CallStatistics(ctx context.Context, c *gen.Client, callID int) (*CallStats, error) {
	if _, err := c.GrantCall.Get(ctx, callID); err != nil {
		return nil, err
	}
	ps, err := c.Proposal.Query().Where(proposal.CallID(callID), proposal.StatusNEQ(proposal.StatusWITHDRAWN)).All(ctx)
	if err != nil {
		return nil, err
	}
	as, err := c.Award.Query().Where(award.CallID(callID), award.StatusNEQ(award.StatusCANCELLED)).All(ctx)
	if err != nil {
		return nil, err
	}
	awarded := map[int]int64{}
	st := &CallStats{ScoreDistribution: make([]ScoreBucket, 10)}
	for _, a := range as {
		awarded[a.ProposalID] = a.Amount
		st.Awarded += a.Amount
	}
	byCat, byTown := map[string]*KeyCount{}, map[string]*KeyCount{}
	bump := func(m map[string]*KeyCount, k string, p *gen.Proposal) {
		if m[k] == nil {
			m[k] = &KeyCount{Key: k}
		}
		m[k].Count++
		m[k].Requested += p.Requested
		m[k].Awarded += awarded[p.ID]
	}
	for _, p := range ps {
		st.Proposals++
		if p.Status == proposal.StatusDRAFT {
			continue
		}
		st.Submitted++
		st.Requested += p.Requested
		bump(byCat, p.Category, p)
		bump(byTown, p.Town, p)
	}
	st.ByCategory, st.ByTown = sorted(byCat), sorted(byTown)
	for i := range st.ScoreDistribution {
		st.ScoreDistribution[i].From = i * 10
	}
	if panel, err := panelFiguresOf(ctx, c, callID); err == nil {
		aggs, err := review.Aggregates(ctx, c, panel)
		if err != nil {
			return nil, err
		}
		// Only the proposals the viewer reads count: an NGO member reading
		// the call's statistics sees none of the others' reviews.
		for _, p := range ps {
			g := aggs[p.ID]
			if g == nil {
				continue
			}
			st.ReviewsAssigned += g.Assigned
			st.ReviewsDone += g.Done
			if g.Mean != nil {
				st.ScoreDistribution[min(*g.Mean/100, 9)].Count++
			}
		}
	}
	return st, nil
}

func sorted(m map[string]*KeyCount) []KeyCount {
	out := make([]KeyCount, 0, len(m))
	for _, v := range m {
		out = append(out, *v)
	}
	slices.SortFunc(out, func(a, b KeyCount) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key)) })
	return out
}

// YearStatistics are the year's awards (not cancelled) by fund and by
// category: by fund from the ledger's commitments less releases.
func (s *Service) YearStatistics(ctx context.Context, c *gen.Client, year int) (*YearStats, error) {
	as, err := c.Award.Query().Where(award.StatusNEQ(award.StatusCANCELLED), award.HasCallWith(grantcall.Year(year))).
		WithProposal().All(ctx)
	if err != nil {
		return nil, err
	}
	st := &YearStats{Year: year}
	byCat := map[string]int64{}
	ids := make([]int, 0, len(as))
	for _, a := range as {
		st.Awards++
		st.Awarded += a.Amount
		if a.Edges.Proposal != nil {
			byCat[a.Edges.Proposal.Category] += a.Amount
		}
		ids = append(ids, a.ID)
	}
	es, err := c.LedgerEntry.Query().Where(ledgerentry.AwardIDIn(ids...),
		ledgerentry.KindIn(ledgerentry.KindCOMMITMENT, ledgerentry.KindRELEASE)).
		WithFundBudget(func(q *gen.FundBudgetQuery) { q.WithFund() }).All(ctx)
	if err != nil {
		return nil, err
	}
	byFund := map[string]int64{}
	for _, e := range es {
		name := ""
		if b := e.Edges.FundBudget; b != nil && b.Edges.Fund != nil {
			name = b.Edges.Fund.Name
		}
		if e.Kind == ledgerentry.KindRELEASE {
			byFund[name] -= e.Amount
		} else {
			byFund[name] += e.Amount
		}
	}
	st.ByFund, st.ByCategory = amounts(byFund), amounts(byCat)
	return st, nil
}

func amounts(m map[string]int64) []KeyAmount {
	out := make([]KeyAmount, 0, len(m))
	for k, v := range m {
		if v != 0 {
			out = append(out, KeyAmount{Key: k, Amount: v})
		}
	}
	slices.SortFunc(out, func(a, b KeyAmount) int { return cmp.Or(cmp.Compare(b.Amount, a.Amount), cmp.Compare(a.Key, b.Key)) })
	return out
}
