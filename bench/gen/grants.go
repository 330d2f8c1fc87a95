package main

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"hatchery/internal/review/reviewdata"
)

// A county's venture grants (公益创投), as the ranked list reads them:
// themed calls each year, each with its review panel, proposals (each the programme record
// of a case of the county's grant service item, filed by an NGO member of
// the applying organisation), three expert reviews per submitted proposal
// with their scores and weighted totals (reviewdata.Total, the server's own
// rule). Past calls are decided: the best 40% by mean score awarded in
// full, their money committed from the year's fund budget through the
// call's fund line, on the ledger. The last year's calls are where the
// ranking happens now: every review assigned, most submitted, nothing decided.
// Drafts never submitted and proposals withdrawn are in every call, as the
// ranked list must leave them out.

// rubric is every call's, weights summing to 100.
var rubric = []reviewdata.Criterion{
	{Key: "need", Name: "需求分析", NameEn: "Needs analysis", Weight: 25, MaxScore: 10, Guidance: "服务对象需求是否真实、具体"},
	{Key: "design", Name: "项目设计", NameEn: "Project design", Weight: 30, MaxScore: 10, Guidance: "目标、活动与成效是否一致"},
	{Key: "capacity", Name: "执行能力", NameEn: "Capacity", Weight: 25, MaxScore: 10, Guidance: "团队、经验与合作资源"},
	{Key: "budget", Name: "预算合理性", NameEn: "Budget", Weight: 20, MaxScore: 10, Guidance: "预算是否必要、合理"},
}

const (
	expertsPerCounty = 20
	expertsPerPanel  = 12
	reviewersPer     = 3
	minRequest       = 2_000_000  // fen: ¥20,000
	maxRequest       = 10_000_000 // fen: ¥100,000
)

type grantCall struct {
	year, yearIdx     int // yearIdx: index into grantYears (and the fund budgets)
	theme             string
	categories        []string
	current           bool
	opens, closes     time.Time
	reviewed, decided time.Time
	props             []*proposal
	panel             []int // indexes of the county's experts
	budget, committed int64
}

type proposal struct {
	org                org
	status, category   string
	title              string
	requested          int64
	submitted          time.Time
	number             string
	reviews            []review
	mean               float64
	caseID, id, userID int64
}

type review struct {
	expert  int // index into the panel
	status  string
	scores  []reviewdata.Score
	total   *int
	removed string // why it was taken back (a conflict of interest)
	at      time.Time
}

func (l *loader) grants(d int, orgs []org, r *rand.Rand) error {
	dom := l.domains[d]
	experts, err := l.users(dom.id, "EXPERT", expertsPerCounty, func(i int) (string, string) {
		return fmt.Sprintf("bench-expert-%02d-%02d", d+1, i+1), "评审专家 " + people[i%len(people)]
	})
	if err != nil {
		return err
	}
	var calls []*grantCall
	for i, y := range grantYears {
		for _, th := range grantThemes {
			c := &grantCall{year: y, yearIdx: i, theme: th.name, categories: th.categories, current: i == len(grantYears)-1}
			planCall(r, c, orgs)
			calls = append(calls, c)
		}
	}
	if err := l.applicants(dom, calls); err != nil {
		return err
	}
	item, err := l.grantCases(d, calls)
	if err != nil {
		return err
	}
	return l.grantRecords(d, calls, item, experts)
}

// planCall draws call c's proposals and reviews.
func planCall(r *rand.Rand, c *grantCall, orgs []org) {
	year, current := c.year, c.current
	if current {
		c.opens, c.closes = day(year, 8, 1), day(year, 9, 30).Add(16*time.Hour)
		c.reviewed = day(year, 10, 8)
	} else {
		c.opens, c.closes = day(year, 3, 1), day(year, 4, 30).Add(16*time.Hour)
		c.reviewed, c.decided = day(year, 5, 12), day(year, 6, 10)
	}
	c.panel = r.Perm(expertsPerCounty)[:expertsPerPanel]
	window := int(c.closes.Sub(c.opens).Hours() / 24)
	var decided []*proposal
	for _, o := range r.Perm(len(orgs))[:proposalsPerCall(len(orgs))] {
		p := &proposal{org: orgs[o], status: "SUBMITTED", category: pick(r, c.categories)}
		p.title = fmt.Sprintf("%s%s%s", orgs[o].town, pick(r, projectWords[p.category]), pick(r, []string{"计划", "项目", "行动"}))
		p.submitted = c.opens.AddDate(0, 0, r.IntN(window)).Add(time.Duration(1+r.IntN(8)) * time.Hour)
		p.requested = int64(20+r.IntN(81)) * 100_000
		c.props = append(c.props, p)
		switch u := r.Float64(); {
		case u < 0.04:
			p.status, p.requested = "DRAFT", 0 // a title, nothing filled in
			continue
		case u < 0.06:
			p.status = "WITHDRAWN"
			continue
		}
		p.reviews = planReviews(r, c, 0.45+0.5*r.Float64())
		p.mean = meanOf(p.reviews)
		if current {
			c.budget += p.requested
		} else {
			decided = append(decided, p)
		}
	}
	if current {
		// Money for about 40% of what is asked, in whole ¥100,000.
		c.budget = roundUp(c.budget*2/5, 10_000_000)
		return
	}
	// The panel's order: the best 40% by mean are awarded what they asked.
	slices.SortStableFunc(decided, func(a, b *proposal) int { return cmp.Compare(b.mean, a.mean) })
	for i, p := range decided {
		p.status = "REJECTED"
		if i < len(decided)*2/5 {
			p.status = "AWARDED"
			c.committed += p.requested
		}
	}
	// The budget was a little more than what was awarded.
	c.budget = roundUp(c.committed+c.committed/20, 10_000_000)
}

// planReviews gives a proposal of quality q (0–1) its reviewers from the
// call's panel and their scores. A few reviewers are harsh (a spread the
// ranked list flags); now and then one declares a conflict and another
// takes over; in the current call some have not submitted yet.
func planReviews(r *rand.Rand, c *grantCall, q float64) []review {
	var rs []review
	order := r.Perm(len(c.panel))
	if r.Float64() < 0.03 {
		rs = append(rs, review{expert: order[0], status: "REMOVED", removed: "本人曾为申报单位提供咨询服务，申请回避"})
		order = order[1:]
	}
	for _, e := range order[:reviewersPer] {
		rv := review{expert: e, status: "SUBMITTED", at: c.reviewed.AddDate(0, 0, -r.IntN(10)).Add(time.Duration(2+r.IntN(8)) * time.Hour)}
		if c.current && r.Float64() < 0.05 {
			rv.status, rv.at = "ASSIGNED", time.Time{}
			rs = append(rs, rv)
			continue
		}
		bias := 0.0
		if r.Float64() < 0.08 {
			bias = -3
		}
		for _, k := range rubric {
			s := int(math.Round(q*float64(k.MaxScore) + r.NormFloat64()*1.2 + bias))
			rv.scores = append(rv.scores, reviewdata.Score{Key: k.Key, Score: min(k.MaxScore, max(0, s))})
		}
		t := reviewdata.Total(rubric, rv.scores)
		rv.total = &t
		rs = append(rs, rv)
	}
	return rs
}

func roundUp(v, unit int64) int64 { return (v + unit - 1) / unit * unit }

// meanOf is the mean of a proposal's submitted totals (0 without any).
func meanOf(rs []review) float64 {
	sum, n := 0, 0
	for _, rv := range rs {
		if rv.total != nil {
			sum, n = sum+*rv.total, n+1
		}
	}
	if n == 0 {
		return 0
	}
	return float64(sum) / float64(n)
}

// applicants writes an NGO member account for every organisation that
// applied to one of the county's calls (the case's applicant), with its
// membership.
func (l *loader) applicants(dom domain, calls []*grantCall) error {
	var orgs []org
	seen := map[int64]int64{} // organisation → index among orgs
	for _, c := range calls {
		for _, p := range c.props {
			if _, ok := seen[p.org.id]; !ok {
				seen[p.org.id] = int64(len(orgs))
				orgs = append(orgs, p.org)
			}
		}
	}
	first, err := l.users(dom.id, "NGO_MEMBER", len(orgs), func(i int) (string, string) {
		return fmt.Sprintf("bench-ngo-%d", orgs[i].id), people[i%len(people)]
	})
	if err != nil {
		return err
	}
	now := l.now
	_, err = l.copyTable("memberships", []string{"id", "created_at", "updated_at", "title", "domain_id", "organization_id", "user_id"},
		len(orgs), func(i int, id int64) []any {
			return []any{id, now, now, "项目负责人", dom.id, orgs[i].id, first + int64(i)}
		})
	for _, c := range calls {
		for _, p := range c.props {
			p.userID = first + seen[p.org.id]
		}
	}
	return err
}
