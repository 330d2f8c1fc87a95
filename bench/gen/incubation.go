package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// A county's incubation centre, as the tenant list reads it: tenancies of
// some of its organisations (running, graduated, ended early), each with
// its stage, term, mentor (an incubator staff account) and, unless
// virtual, the seats it holds in the centre's spaces. Tenancies were
// entered by staff (no admission case), as those carried over from before
// the platform are; graduates have their certificate number.

type tenancy struct {
	org             org
	status, stage   string
	virtual         bool
	start, ends     time.Time
	term            int
	ended           *time.Time
	endReason, cert string
	mentor          any // user id or nil
	seats, space    int // seats held (0: virtual) and index into the spaces
}

type space struct {
	code, kind               string
	floor, area, seats, used int
	maintenance              bool
}

var endReasons = map[string]string{
	"WITHDRAWN":  "机构负责人变动，主动申请退出孵化",
	"TERMINATED": "连续两次成熟度评估未达标，终止孵化",
}

func (l *loader) incubation(d int, orgs []org, r *rand.Rand) error {
	dom := l.domains[d]
	now := l.now
	n := tenanciesIn(len(orgs))
	nStaff := 2 + n/40 // mentors, about one per 25 running tenancies
	staff, err := l.users(dom.id, "INCUBATOR_STAFF", nStaff, func(i int) (string, string) {
		return fmt.Sprintf("bench-staff-%02d-%02d", d+1, i+1), people[i%len(people)]
	})
	if err != nil {
		return err
	}
	ts := make([]tenancy, n)
	certs := map[int]int{} // certificates issued per year
	for i, o := range r.Perm(len(orgs))[:n] {
		t := tenancy{org: orgs[o], term: pick(r, []int{12, 24, 24, 36})}
		switch u := r.Float64(); {
		case u < 0.5:
			t.stage = "SPROUT"
		case u < 0.85:
			t.stage = "STARTUP"
		default:
			t.stage = "HUB"
		}
		switch i % 10 {
		case 0, 1, 2, 3, 4, 5:
			t.status = "ACTIVE"
			t.start = dateOf(now.AddDate(0, 0, -r.IntN(t.term*30-30)))
		case 6, 7, 8:
			t.status = "GRADUATED"
			t.start = day(2019+r.IntN(5), time.Month(1+r.IntN(12)), 1+r.IntN(28))
			ended := t.start.AddDate(0, 18+r.IntN(12), 0)
			t.ended = &ended
			certs[ended.Year()]++
			t.cert = fmt.Sprintf("%s孵证〔%d〕%d号", dom.name, ended.Year(), certs[ended.Year()])
		default:
			t.status = pick(r, []string{"WITHDRAWN", "TERMINATED"})
			t.start = day(2022+r.IntN(4), time.Month(1+r.IntN(12)), 1+r.IntN(28))
			ended := t.start.AddDate(0, 3+r.IntN(12), 0)
			if !ended.Before(now) {
				ended = dateOf(now.AddDate(0, 0, -7))
			}
			t.ended, t.endReason = &ended, endReasons[t.status]
		}
		t.ends = t.start.AddDate(0, t.term, 0)
		t.virtual = r.Float64() < 0.2
		if !t.virtual {
			t.seats = 1 + r.IntN(4)
		}
		if r.Float64() < 0.85 {
			t.mentor = staff + int64(r.IntN(nStaff))
		}
		ts[i] = t
	}
	spaces := seatTenancies(ts)
	l.counts.tenancies += n

	area := 800 // halls, meeting rooms, the reception
	for _, s := range spaces {
		area += s.area
	}
	centre, err := l.copyTable("incubation_centres", []string{"id", "created_at", "updated_at", "name", "address", "total_area",
		"staff_count", "active", "domain_id"}, 1, func(_ int, id int64) []any {
		return []any{id, now, now, dom.name + "社会组织孵化中心", dom.name + "科源路9号", area, nStaff, true, dom.id}
	})
	if err != nil {
		return err
	}
	firstSpace, err := l.copyTable("incubation_spaces", []string{"id", "created_at", "updated_at", "code", "kind", "floor", "area",
		"seats", "seats_used", "facilities", "maintenance", "centre_id", "domain_id"}, len(spaces), func(i int, id int64) []any {
		s := spaces[i]
		return []any{id, now, now, s.code, s.kind, s.floor, s.area, s.seats, s.used, facilities[s.kind], s.maintenance, centre, dom.id}
	})
	if err != nil {
		return err
	}
	firstTenancy, err := l.copyTable("tenancies", []string{"id", "created_at", "updated_at", "virtual", "stage", "status", "start_on",
		"term_months", "ends_on", "ended_on", "end_reason", "certificate_no", "domain_id", "centre_id", "organization_id", "mentor_id"},
		n, func(i int, id int64) []any {
			t := ts[i]
			var cert any
			if t.cert != "" {
				cert = t.cert
			}
			return []any{id, t.start, t.start, t.virtual, t.stage, t.status, t.start, t.term, t.ends, t.ended, t.endReason,
				cert, dom.id, centre, t.org.id, t.mentor}
		})
	if err != nil {
		return err
	}
	// One seat row per non-virtual tenancy: held while it runs, released
	// the day it ended (kept, as the history of the space board).
	var seated []int
	for i, t := range ts {
		if !t.virtual {
			seated = append(seated, i)
		}
	}
	_, err = l.copyTable("tenancy_spaces", []string{"id", "created_at", "updated_at", "seats", "from_on", "released_on",
		"tenancy_id", "domain_id", "space_id"}, len(seated), func(i int, id int64) []any {
		t := ts[seated[i]]
		return []any{id, t.start, t.start, t.seats, t.start, t.ended, firstTenancy + int64(seated[i]), dom.id, firstSpace + int64(t.space)}
	})
	if err != nil {
		return err
	}
	// The certificate numbers handed out, so the next one the server
	// issues follows them.
	years := make([]int, 0, len(certs))
	for y := range certs {
		years = append(years, y)
	}
	slices.Sort(years)
	_, err = l.copyTable("certificate_counters", []string{"id", "domain_id", "year", "last"}, len(years), func(i int, id int64) []any {
		return []any{id, dom.id, years[i], certs[years[i]]}
	})
	return err
}

// seatTenancies gives every non-virtual tenancy its space: a running one
// the first space with room (offices of 4 seats and open desk areas of
// 12, opened as they fill), an ended one any space (its seats were
// released). A few spaces stay free, one under maintenance. It returns the
// spaces with the seats held in each.
func seatTenancies(ts []tenancy) []space {
	var spaces []space
	open := func(kind string) int {
		j := len(spaces)
		s := space{kind: kind, floor: 1 + j/12, code: fmt.Sprintf("A%d%02d", 1+j/12, 1+j%12)}
		s.seats, s.area = spaceSizes[kind][0], spaceSizes[kind][1]
		spaces = append(spaces, s)
		return j
	}
	for i := range ts {
		t := &ts[i]
		if t.virtual || t.status != "ACTIVE" {
			continue
		}
		t.space = -1
		for j := range spaces {
			if spaces[j].seats-spaces[j].used >= t.seats {
				t.space = j
				break
			}
		}
		if t.space < 0 {
			kind := "OFFICE"
			if len(spaces)%4 == 3 {
				kind = "DESK_AREA"
			}
			t.space = open(kind)
		}
		spaces[t.space].used += t.seats
	}
	for _, kind := range []string{"ROOM", "ROOM", "SHARED_ZONE", "OFFICE"} {
		open(kind)
	}
	spaces[len(spaces)-1].maintenance = true
	for i := range ts {
		if t := &ts[i]; !t.virtual && t.status != "ACTIVE" {
			t.space = i % len(spaces)
		}
	}
	return spaces
}
