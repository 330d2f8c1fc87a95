package main

import (
	"math/rand/v2"
	"time"
)

// The programmes' records follow from each county's organisations, so the
// province scale has ten counties' worth of each and every county's lists
// look alike:
//
//   - incubation: one centre, tenancies for 3% of the organisations (300 at
//     county scale; at least 30), 60% of them running;
//   - venture grants: four themed calls a year from 2021 to 2026, 1.25% of
//     the organisations applying to each (125 proposals, 3,000 in all; at
//     least 10 a call), three expert reviews per submitted proposal; the
//     2026 calls are being ranked now (reviews in, nothing decided). A call
//     stays under the 200 rows the server shows of a list without paging
//     (graph/limits.go), which the ranking is;
//   - party building: one running coverage period for every organisation,
//     guidance officers for the dispatched ones, their visits.
func tenanciesIn(orgs int) int      { return max(30, orgs*3/100) }
func proposalsPerCall(orgs int) int { return max(10, orgs/80) }

// grantYears are the years with calls; the last one's are being ranked.
var grantYears = []int{2021, 2022, 2023, 2024, 2025, 2026}

// loadProgrammes writes every county's programme records. Each programme
// draws from its own seed, so changing one leaves the others' rows alone.
func (l *loader) loadProgrammes() error {
	inc := rand.New(rand.NewPCG(14, 2))
	grants := rand.New(rand.NewPCG(14, 3))
	party := rand.New(rand.NewPCG(14, 4))
	for d := range l.domains {
		orgs := l.orgsOf(d)
		if err := l.incubation(d, orgs, inc); err != nil {
			return err
		}
		if err := l.grants(d, orgs, grants); err != nil {
			return err
		}
		if err := l.party(d, orgs, party); err != nil {
			return err
		}
	}
	return nil
}

// orgsOf are county d's organisations (contiguous: see load).
func (l *loader) orgsOf(d int) []org {
	lo := d * orgsPerDomain
	return l.orgs[lo:min(len(l.orgs), lo+orgsPerDomain)]
}

// day is midnight UTC of a date, as the programmes store dates.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// dateOf is t's date.
func dateOf(t time.Time) time.Time { return day(t.Year(), t.Month(), t.Day()) }

// later returns the later of a and b.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// pick is a random element of s.
func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }
