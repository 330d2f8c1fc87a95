package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// A county's party-building coverage, as the coverage table reads it:
// the comprehensive committee (综合党委) and its branches, one running
// coverage period for every organisation, the guidance officers sent to
// the organisations without a branch, and their visits. The proportions
// follow the demo county's: most organisations have an officer sent in
// (DISPATCH), some built a standalone branch (BUILD) or share a joint one
// (JOIN, five organisations a branch), a few are attached to another's
// branch (ATTACH) or not covered (UNCOVERED). An officer guides at most
// nine organisations, under the county's maximum of ten.
//
// Visits are dated back from the day of the run, not from the data set's
// fixed day: the coverage table shows the last visit of the past year as
// the server's clock counts it, so visits dated from a fixed day would
// drop out of it as time passes (and the two servers' answers, which are
// compared, would part).

const (
	maxOfficerLoad = 10
	officerLoad    = 9
	joinPerBranch  = 5
)

type coverage struct {
	form    string
	start   time.Time
	branch  int // index into branches; -1 for none
	officer int // index into officers (DISPATCH)
	reason  string
}

type branch struct {
	kind, name string
	org        any // the organisation's id that set it up
	founded    time.Time
	full, prob int
	secretary  string
}

var coverageReasons = map[string]string{
	"BUILD":     "党员人数达到三名以上，单独组建党支部",
	"JOIN":      "党员人数不足三名，与邻近社会组织联合组建党支部",
	"ATTACH":    "挂靠业务主管单位党组织",
	"DISPATCH":  "尚无党员，选派党建工作指导员",
	"UNCOVERED": "尚未建立党组织",
}

func (l *loader) party(d int, orgs []org, r *rand.Rand) error {
	dom := l.domains[d]
	now := l.now
	lastDay := dateOf(now.AddDate(0, 0, -7))
	between := func(a, b time.Time) time.Time {
		if !a.Before(b) {
			return dateOf(b)
		}
		return dateOf(a.AddDate(0, 0, r.IntN(int(b.Sub(a).Hours()/24)+1)))
	}
	branches := []branch{{kind: "COMMITTEE", name: dom.name + "社会组织综合党委", founded: day(2016, 11, 18), full: 11,
		secretary: personName(r)}}
	covs := make([]coverage, len(orgs))
	var standalone, dispatched []int
	joined, joint := 0, -1 // JOIN organisations so far, the branch they join
	for i, o := range orgs {
		c := coverage{branch: -1}
		switch u := r.Float64(); {
		case u < 0.06:
			c.form = "BUILD"
			founded := between(later(o.registered, day(2017, 1, 1)), lastDay)
			branches = append(branches, branch{kind: "STANDALONE", name: o.name + "党支部", org: o.id, founded: founded,
				full: 3 + r.IntN(7), prob: r.IntN(3), secretary: personName(r)})
			c.branch, c.start = len(branches)-1, founded
			standalone = append(standalone, c.branch)
		case u < 0.14:
			c.form = "JOIN"
			if joined%joinPerBranch == 0 {
				branches = append(branches, branch{kind: "JOINT",
					name: fmt.Sprintf("%s%s社会组织联合党支部（%d）", dom.name, o.town, joined/joinPerBranch+1),
					org:  o.id, founded: between(day(2018, 1, 1), lastDay), full: 3 + r.IntN(6), prob: r.IntN(3),
					secretary: personName(r)})
				joint = len(branches) - 1
			}
			joined++
			c.branch = joint
			c.start = between(later(branches[c.branch].founded, o.registered), lastDay)
		case u < 0.16:
			c.form = "ATTACH" // its branch is chosen below, once every standalone one exists
		case u < 0.96:
			c.form = "DISPATCH"
			c.start = between(later(o.registered, day(2019, 1, 1)), dateOf(now.AddDate(0, 0, -60)))
			dispatched = append(dispatched, i)
		default:
			c.form = "UNCOVERED"
			c.start = dateOf(later(o.registered, day(2019, 1, 1)))
		}
		covs[i] = c
	}
	for i := range covs {
		if c := &covs[i]; c.form == "ATTACH" {
			if len(standalone) == 0 {
				c.form, c.start = "UNCOVERED", dateOf(later(orgs[i].registered, day(2019, 1, 1)))
				continue
			}
			c.branch = pick(r, standalone)
			c.start = between(later(branches[c.branch].founded, orgs[i].registered), lastDay)
		}
	}
	for i := range covs {
		covs[i].reason = coverageReasons[covs[i].form]
	}
	nOfficers := (len(dispatched) + officerLoad - 1) / officerLoad
	load := make([]int, nOfficers)
	for k, i := range dispatched {
		covs[i].officer = k % nOfficers
		load[k%nOfficers]++
	}
	l.counts.coverages += len(orgs)
	l.counts.officers += nOfficers

	_, err := l.copyTable("party_settings", []string{"id", "created_at", "updated_at", "max_officer_load", "points_per_hour", "domain_id"},
		1, func(_ int, id int64) []any { return []any{id, now, now, maxOfficerLoad, 10, dom.id} })
	if err != nil {
		return err
	}
	firstBranch, err := l.copyTable("party_organizations", []string{"id", "created_at", "updated_at", "kind", "name", "secretary",
		"secretary_phone", "full_members", "probationary_members", "founded_on", "domain_id", "parent_id", "organization_id"},
		len(branches), func(i int, id int64) []any {
			b := branches[i]
			var parent any
			if i > 0 {
				parent = id - int64(i) // the committee, the first row
			}
			return []any{id, b.founded, b.founded, b.kind, b.name, b.secretary, phone(r), b.full, b.prob, b.founded, dom.id, parent, b.org}
		})
	if err != nil {
		return err
	}
	names := make([]string, nOfficers)
	for i := range names {
		names[i] = personName(r)
	}
	users, err := l.users(dom.id, "GUIDANCE_OFFICER", nOfficers, func(i int) (string, string) {
		return fmt.Sprintf("bench-guide-%02d-%04d", d+1, i+1), "党建指导员 " + names[i]
	})
	if err != nil {
		return err
	}
	officers, err := l.copyTable("guidance_officers", []string{"id", "created_at", "updated_at", "name", "unit", "phone", "active",
		"current_load", "domain_id", "user_id"}, nOfficers, func(i int, id int64) []any {
		return []any{id, now, now, names[i], pick(r, officerUnits), phone(r), true, load[i], dom.id, users + int64(i)}
	})
	if err != nil {
		return err
	}
	_, err = l.copyTable("party_coverages", []string{"id", "created_at", "updated_at", "form", "start_on", "reason", "domain_id",
		"organization_id", "party_organization_id"}, len(orgs), func(i int, id int64) []any {
		c := covs[i]
		var b any
		if c.branch >= 0 {
			b = firstBranch + int64(c.branch)
		}
		return []any{id, c.start, c.start, c.form, c.start, c.reason, dom.id, orgs[i].id, b}
	})
	if err != nil {
		return err
	}
	_, err = l.copyTable("officer_assignments", []string{"id", "created_at", "updated_at", "start_on", "note", "domain_id",
		"officer_id", "organization_id"}, len(dispatched), func(k int, id int64) []any {
		i := dispatched[k]
		c := covs[i]
		return []any{id, c.start, c.start, c.start, "", dom.id, officers + int64(c.officer), orgs[i].id}
	})
	if err != nil {
		return err
	}
	return l.visits(d, orgs, covs, dispatched, officers, r)
}

// visits writes one to three visits of the past 330 days (from the day of
// the run) to every dispatched organisation, by its officer, none before
// the assignment began.
func (l *loader) visits(d int, orgs []org, covs []coverage, dispatched []int, officers int64, r *rand.Rand) error {
	dom := l.domains[d]
	today := dateOf(time.Now().UTC())
	type visit struct {
		org, officer int64
		on           time.Time
		topics       string
		findings     string
	}
	var vs []visit
	for _, i := range dispatched {
		c := covs[i]
		since := int(today.Sub(c.start).Hours() / 24)
		for range 1 + r.IntN(3) {
			if since < 1 {
				break
			}
			on := today.AddDate(0, 0, -1-r.IntN(min(330, since)))
			vs = append(vs, visit{orgs[i].id, officers + int64(c.officer), on, pick(r, visitTopics), pick(r, visitFindings)})
		}
	}
	l.counts.visits += len(vs)
	_, err := l.copyTable("party_visits", []string{"id", "created_at", "updated_at", "visited_on", "topics", "findings",
		"domain_id", "organization_id", "officer_id"}, len(vs), func(i int, id int64) []any {
		v := vs[i]
		at := v.on.Add(10 * time.Hour)
		return []any{id, at, at, v.on, v.topics, v.findings, dom.id, v.org, v.officer}
	})
	return err
}

func personName(r *rand.Rand) string { return pick(r, surnames) + pick(r, givenNames) }

func phone(r *rand.Rand) string { return fmt.Sprintf("139%08d", r.IntN(100_000_000)) }
