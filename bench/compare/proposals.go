package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
)

// The venture-grant ranking (frontend: grants/staff/RankingTab): one
// call's proposals, best mean review score first, each with what the page
// shows: its rank, title, category, status, the organisation's name, the
// amount asked, reviews done and assigned, the mean, trimmed mean and
// spread of the reviews' totals, the disagreement flag and the award. The
// ranking has no paging: it is the whole call (Hatchery shows at most
// maxUnpaged rows of such a list; bench/gen keeps a call under it). The
// call is the first 2026 call of the first county: its reviews are in,
// nothing is decided.
//
// PostGraphile cannot rank on the bare tables: the means are computed
// from each proposal's reviews, and it has no aggregates without a plugin
// (nor a relation from a review to its proposal: review_assignments.item_id
// is generic, with no foreign key). Its query asks for what the ranking is
// made of, in one request: the call's proposals in id order, and the
// call's review panel with every review's proposal, status and total. The
// client (rankPostGraphile here) then ranks as Hatchery's rule does
// (internal/grant/ranking.go, internal/review: Summary), so the comparison
// proves the same rows in the same order with the same figures. Its
// condition is status = SUBMITTED where Hatchery takes every status but
// DRAFT and WITHDRAWN whose case is not withdrawn (a condition is an
// equality): the same rows while the call is undecided, as here. It also
// reads the panel's removed reviews, which the client leaves out.
const (
	// benchCall is the call both servers rank.
	benchCall = `SELECT id FROM grant_calls WHERE domain_id = (SELECT min(id) FROM domains)
		ORDER BY year DESC, id LIMIT 1`
	// rankedCount is how many proposals Hatchery ranks in call $1.
	rankedCount = `SELECT count(*) FROM proposals p JOIN service_cases c ON c.id = p.case_id
		WHERE p.call_id = $1 AND p.status NOT IN ('DRAFT', 'WITHDRAWN') AND c.state <> 'WITHDRAWN'`
	// maxUnpaged is graph/limits.go's MaxPage.
	maxUnpaged = 200

	proposalHatchery = `{ rankedProposals(callID: "%d") { rank organizationName requested reviewsDone reviewsAssigned mean trimmedMean spread disagreement proposal { id title category status } award { id amount status conditions } } }`

	proposalPostGraphile = `{ proposals: allProposals(condition: {callId: "%[1]d", status: "SUBMITTED"}, orderBy: [PRIMARY_KEY_ASC]) { edges { node { rowId title category status requested organization: organizationByOrganizationId { name } awards: awardsByProposalId { nodes { rowId amount status conditions } } } } } panels: allReviewPanels(condition: {subjectKind: "grant_call", subjectId: "%[1]d"}) { nodes { reviews: reviewAssignmentsByPanelId { nodes { itemId status totalTenths } } } } }`
)

func proposalList(call int64) *list {
	return &list{
		title:    fmt.Sprintf("the ranked proposals of call %d: every one, best mean review score first", call),
		hatchery: body(fmt.Sprintf(proposalHatchery, call)), postgraphile: body(fmt.Sprintf(proposalPostGraphile, call)),
		needle: `"requested":`, vars: []string{fmt.Sprintf("call=%d", call)}, same: sameRanking,
	}
}

type award struct{ ID, RowID, Amount, Status, Conditions text }

// ranked is one line of the ranking, as Hatchery sends it.
type ranked struct {
	Rank                         int
	OrganizationName, Requested  text
	ReviewsDone, ReviewsAssigned int
	Mean, TrimmedMean, Spread    text
	Disagreement                 bool
	Proposal                     struct{ ID, Title, Category, Status text }
	Award                        *award
}

func (r ranked) line() string {
	a := "-"
	if r.Award != nil {
		a = row(r.Award.ID+r.Award.RowID, r.Award.Amount, r.Award.Status, r.Award.Conditions)
	}
	return row(r.Rank, r.Proposal.ID, r.Proposal.Title, r.Proposal.Category, r.Proposal.Status, r.OrganizationName,
		r.Requested, r.ReviewsDone, r.ReviewsAssigned, r.Mean, r.TrimmedMean, r.Spread, r.Disagreement, a)
}

func sameRanking(ctx context.Context, h, p *target, edges int) error {
	var hv struct{ RankedProposals []ranked }
	if err := post(ctx, h.url, h.body, h.auth, &hv); err != nil {
		return fmt.Errorf("%s: %w", h.name, err)
	}
	var pv postGraphileCall
	if err := post(ctx, p.url, p.body, p.auth, &pv); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	var rh, rp []string
	for _, r := range hv.RankedProposals {
		rh = append(rh, r.line())
	}
	for _, r := range rankPostGraphile(pv) {
		rp = append(rp, r.line())
	}
	return sameRows(h, p, rh, rp, edges)
}

// postGraphileCall is PostGraphile's answer: proposals, and the reviews
// of the call's panel.
type postGraphileCall struct {
	Proposals struct {
		Edges []struct {
			Node struct {
				RowID, Title, Category, Status, Requested text
				Organization                              struct{ Name text }
				Awards                                    struct{ Nodes []award }
			}
		}
	}
	Panels struct {
		Nodes []struct {
			Reviews struct {
				Nodes []struct{ ItemID, Status, TotalTenths text }
			}
		}
	}
}

// rankPostGraphile ranks PostGraphile's answer as Hatchery does: a
// proposal's reviews are those not removed, its totals those submitted;
// best mean first, then best trimmed mean, then the order of ids (a stable
// sort of the proposals in id order); proposals without a submitted review
// last.
func rankPostGraphile(pv postGraphileCall) []ranked {
	totals, assigned := map[string][]int{}, map[string]int{}
	for _, panel := range pv.Panels.Nodes {
		for _, rv := range panel.Reviews.Nodes {
			if rv.Status == "REMOVED" {
				continue
			}
			assigned[string(rv.ItemID)]++
			if t, err := strconv.Atoi(string(rv.TotalTenths)); err == nil && rv.Status == "SUBMITTED" {
				totals[string(rv.ItemID)] = append(totals[string(rv.ItemID)], t)
			}
		}
	}
	type keyed struct {
		r             ranked
		mean, trimmed int
	}
	var out []keyed
	for _, e := range pv.Proposals.Edges {
		n := e.Node
		k := keyed{mean: -1, trimmed: -1}
		k.r.Proposal.ID, k.r.Proposal.Title, k.r.Proposal.Category, k.r.Proposal.Status = n.RowID, n.Title, n.Category, n.Status
		k.r.OrganizationName, k.r.Requested = n.Organization.Name, text(yuan(n.Requested))
		k.r.ReviewsAssigned, k.r.ReviewsDone = assigned[string(n.RowID)], len(totals[string(n.RowID)])
		if ts := totals[string(n.RowID)]; len(ts) > 0 {
			mean, trimmed, spread := summary(ts)
			k.mean, k.trimmed = mean, trimmed
			k.r.Mean, k.r.TrimmedMean, k.r.Spread = tenths(mean), tenths(trimmed), tenths(spread)
			k.r.Disagreement = len(ts) >= 2 && spread >= 150
		}
		if len(n.Awards.Nodes) > 0 {
			a := n.Awards.Nodes[0]
			a.Amount = text(yuan(a.Amount))
			k.r.Award = &a
		}
		out = append(out, k)
	}
	slices.SortStableFunc(out, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(b.mean, a.mean), cmp.Compare(b.trimmed, a.trimmed))
	})
	rs := make([]ranked, len(out))
	for i, k := range out {
		rs[i] = k.r
		rs[i].Rank = i + 1
	}
	return rs
}

// summary is the mean, trimmed mean (highest and lowest dropped from four
// reviews on) and population standard deviation of totals in tenths of a
// point, each rounded half up to a tenth, as Hatchery computes them.
func summary(ts []int) (mean, trimmed, spread int) {
	roundDiv := func(a, b int) int { return (2*a + b) / (2 * b) }
	n, sum, sq := len(ts), 0, 0
	for _, t := range ts {
		sum, sq = sum+t, sq+t*t
	}
	mean = roundDiv(sum, n)
	s := slices.Sorted(slices.Values(ts))
	if n >= 4 {
		s = s[1 : n-1]
	}
	ss := 0
	for _, t := range s {
		ss += t
	}
	trimmed = roundDiv(ss, len(s))
	// √(num/den) rounded, exactly: the largest r with r²·den ≤ num, plus
	// one when (r+½)² ≤ num/den.
	num, den := n*sq-sum*sum, n*n
	for (spread+1)*(spread+1)*den <= num {
		spread++
	}
	if num > 0 && (2*spread+1)*(2*spread+1)*den <= 4*num {
		spread++
	}
	return mean, trimmed, spread
}

// tenths writes 835 as "83.5".
func tenths(v int) text { return text(fmt.Sprintf("%d.%d", v/10, v%10)) }
