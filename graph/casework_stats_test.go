package graph_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/servicecase"
	"hatchery/internal/audit"
	"hatchery/internal/demo"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

const statsQuery = `query($item:ID,$from:Time!,$to:Time!){ caseStatistics(serviceItemID:$item, from:$from, to:$to){
	closed onTime onTimeRate early earlyRate averageWorkingDays promisedDays actualDays speedUp rated satisfied satisfactionRate } }`

type stats struct {
	Closed, OnTime, Early, PromisedDays, ActualDays, Rated, Satisfied    int
	OnTimeRate, EarlyRate, AverageWorkingDays, SpeedUp, SatisfactionRate float64
}

// TestCaseStatistics checks the figures on a hand-made set of closed cases.
func TestCaseStatistics(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		item := mustID(t, newServiceItem(t, e, "INCUBATION_ADMISSION", true))
		other := mustID(t, newServiceItem(t, e, "VENTURE_GRANT", false))
		ctx := system()
		c := e.App.Client
		march := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
		add := func(itemID, used int, rating *int, closed time.Time, state servicecase.State) {
			q := c.ServiceCase.Create().SetDomainID(e.Fixture.Deqing).SetServiceItemID(itemID).
				SetOrganizationID(e.Fixture.OrgA).SetApplicantID(e.Fixture.Users["ngo"]).SetTitle("t").
				SetState(state).SetItemName("x").SetStatutoryDays(20).SetPromisedDays(5).SetSupplementDays(5).
				SetDelegated(true).SetWorkingDaysUsed(used).SetOnTime(used <= 5).SetClosedAt(closed).SetNillableRating(rating)
			q.ExecX(ctx)
		}
		r := func(n int) *int { return &n }
		add(item, 1, r(5), march, servicecase.StateCLOSED)
		add(item, 2, r(4), march.AddDate(0, 0, 1), servicecase.StateCLOSED)
		add(item, 5, r(2), march.AddDate(0, 0, 2), servicecase.StateCLOSED)
		add(item, 6, nil, march.AddDate(0, 0, 3), servicecase.StateCLOSED)
		add(item, 1, r(5), march.AddDate(0, 2, 0), servicecase.StateCLOSED) // outside the period
		add(other, 1, r(5), march, servicecase.StateCLOSED)                 // another item
		add(item, 1, r(5), march, servicecase.StateDELIVERED)               // not closed

		var out struct{ CaseStatistics stats }
		e.MustDo(e.Login("admin"), statsQuery, map[string]any{"item": testenv.ID(item),
			"from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z"}, &out)
		s := out.CaseStatistics
		require.Equal(t, stats{Closed: 4, OnTime: 3, Early: 2, PromisedDays: 20, ActualDays: 14, Rated: 3, Satisfied: 2,
			OnTimeRate: 0.75, EarlyRate: 0.5, AverageWorkingDays: 3.5, SpeedUp: s.SpeedUp, SatisfactionRate: s.SatisfactionRate}, s)
		require.InDelta(t, 0.3, s.SpeedUp, 1e-9, "1 - 14/20")
		require.InDelta(t, 2.0/3, s.SatisfactionRate, 1e-9)

		e.MustDo(e.Login("admin"), statsQuery, map[string]any{"from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z"}, &out)
		require.Equal(t, 5, out.CaseStatistics.Closed, "every item")
		e.MustDo(e.Login("anji"), statsQuery, map[string]any{"from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z"}, &out)
		require.Zero(t, out.CaseStatistics.Closed, "another county's figures are its own")
	})
}

// BenchmarkCaseStatistics: the statistics query over 100,000 closed cases of
// one domain, through GraphQL over HTTP, on PostgreSQL. Reports the median
// milliseconds of the requests.
func BenchmarkCaseStatistics(b *testing.B) {
	dsn := testdb.Postgres(b) // the parent runs once; the query runs in b.Run below
	e := testenv.NewWithStore(b, testdb.Dialect{Name: "postgres", DSN: func(testing.TB) string { return dsn }}, testenv.LocalStore(b))
	now := time.Now()
	start := time.Now()
	require.NoError(b, demo.SeedCasework(audit.Quiet(context.Background()), e.App.Client, e.Fixture.Deqing, 100_000, now))
	b.Logf("seeded 100,000 closed cases in %v", time.Since(start).Round(time.Millisecond))
	_, err := e.App.DB.SQL.Exec("VACUUM ANALYZE") // what autovacuum does after a bulk load
	require.NoError(b, err)
	admin := e.Login("admin")
	vars := map[string]any{"from": now.AddDate(-1, 0, -1).Format(time.RFC3339), "to": now.Add(time.Hour).Format(time.RFC3339)}
	var out struct{ CaseStatistics stats }
	e.MustDo(admin, statsQuery, vars, &out)
	require.Equal(b, 100_000, out.CaseStatistics.Closed)
	b.Logf("figures: %+v", out.CaseStatistics)

	b.Run("query", func(b *testing.B) {
		times := make([]time.Duration, 0, b.N)
		for range b.N {
			t0 := time.Now()
			e.MustDo(admin, statsQuery, vars, &out)
			times = append(times, time.Since(t0))
		}
		slices.Sort(times)
		b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
	})
}
