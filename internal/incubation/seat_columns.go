package incubation

import (
	"context"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/incubationspace"
	"hatchery/ent/tenancy"
	"hatchery/ent/tenancyspace"
	"hatchery/internal/pageload"
	"hatchery/internal/selection"
)

// TenancyFieldColumns are the columns of a tenancy's row that the
// resolvers of its computed fields read, besides its id. A list that knows
// every field asked of its rows (graph's selectedColumnsWith) reads only
// those columns: the tenant list asks for four columns, two names, the
// seats, the latest score and the graduation check, and reading all 21
// columns of 50 rows was about a tenth of its server CPU (issue 14). A
// field missing here makes the list read every column, so keep each entry
// in step with its function: TestTenantListAnswersAsWithEveryColumn
// (graph) compares the answers both ways.
var TenancyFieldColumns = map[string][]string{
	"seats":            {tenancy.FieldDomainID},                                             // TenancySeats
	"milestones":       {tenancy.FieldDomainID},                                             // Milestones
	"latestAssessment": {tenancy.FieldDomainID},                                             // LatestAssessment
	"graduationCheck":  {tenancy.FieldDomainID, tenancy.FieldCentreID, tenancy.FieldStatus}, // GraduationCheck: centreOf, LatestAssessment, Milestones
}

// SeatColumns are the columns a caller reads of a tenancy's seats and of
// their spaces (graph finds them in the query's selection): nil is every
// column, and no Space columns at all (empty, not nil) means the spaces are
// not asked for, so they are not read.
type SeatColumns struct {
	Seat, Space []string
}

// key tells the column sets apart: nil (every column) from empty.
func (c SeatColumns) key() string {
	list := func(cols []string) string {
		if cols == nil {
			return "*"
		}
		return "(" + strings.Join(cols, ",") + ")"
	}
	return list(c.Seat) + list(c.Space)
}

// seatQuery reads the seats held now with their spaces, the columns cols
// asks for (and the keys the loaders group and join by), by id.
func seatQuery(c *gen.Client, cols SeatColumns) *gen.TenancySpaceQuery {
	q := c.TenancySpace.Query().Where(tenancyspace.ReleasedOnIsNil()).Order(gen.Asc(tenancyspace.FieldID))
	if cols.Seat != nil {
		q.Select(selection.Columns(cols.Seat, tenancyspace.FieldID, tenancyspace.FieldTenancyID, tenancyspace.FieldSpaceID)...)
	}
	if cols.Space != nil && len(cols.Space) == 0 {
		return q
	}
	return q.WithSpace(func(sq *gen.IncubationSpaceQuery) {
		if cols.Space != nil {
			sq.Select(selection.Columns(cols.Space, incubationspace.FieldID)...)
		}
	})
}

// pageSeatsFor is the loader of the named rows' seats that reads cols: one
// for each set of columns a request asks for, so a query asking for the
// seats in two places with different fields reads each set once, and
// never gets rows short of a column it asked for.
func (l *loaders) pageSeatsFor(cols SeatColumns) *pageload.Loader[[]*gen.TenancySpace] {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := cols.key()
	if ld := l.pageSeats[k]; ld != nil {
		return ld
	}
	ld := pageload.New(func(ctx context.Context, ids []int) (map[int][]*gen.TenancySpace, error) {
		rows, err := seatQuery(l.client, cols).Where(tenancyspace.TenancyIDIn(ids...)).All(ctx)
		return group(rows, func(r *gen.TenancySpace) int { return r.TenancyID }), err
	})
	for id := range l.rows {
		ld.Name(id)
	}
	if l.pageSeats == nil {
		l.pageSeats = map[string]*pageload.Loader[[]*gen.TenancySpace]{}
	}
	l.pageSeats[k] = ld
	return ld
}
