package graph_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/notification"
	"hatchery/ent/tenancy"
	"hatchery/internal/incubation"
	"hatchery/internal/incubation/scores"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestAssessmentsJobRemindsInPages: the daily assessments job reminds the
// mentor of each active tenancy whose assessment is due within a week or
// overdue, reckoned from its latest assessment (or its start), once per due
// date; it costs the same statements for two tenancies as for six, and a
// run over several pages reminds the same tenancies as one page would.
func TestAssessmentsJobRemindsInPages(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	ctx, c, dq := system(), e.App.Client, e.Fixture.Deqing
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	atIncubationTime(e, day(6, 15).Add(9*time.Hour))
	w := &incubationWorld{e: e}
	centre := c.IncubationCentre.Create().SetDomainID(dq).SetName("评估提醒测试基地").SetTotalArea(200).SaveX(ctx) // quarterly
	mentor := e.Fixture.Users["staff"]
	var ours []int
	// tenancy starts an active tenancy on 1 January, assessed on the days
	// given; its next assessment is due three months after the last.
	tenancyAssessedOn := func(on ...time.Time) int {
		org, _ := w.newNGO(t, 800+len(ours))
		id := c.Tenancy.Create().SetDomainID(dq).SetCentreID(centre.ID).SetOrganizationID(mustID(t, org)).
			SetStage(tenancy.StageSPROUT).SetStatus(tenancy.StatusACTIVE).SetStartOn(day(1, 1)).SetTermMonths(24).
			SetEndsOn(day(1, 1).AddDate(2, 0, 0)).SetMentorID(mentor).SaveX(ctx).ID
		ours = append(ours, id)
		for _, d := range on {
			c.MaturityAssessment.Create().SetDomainID(dq).SetTenancyID(id).SetAssessedOn(d).
				SetScores([]scores.Maturity{}).SetTotalTenths(700).SetAssessorID(mentor).SetAssessorName("测试").ExecX(ctx)
		}
		return id
	}
	run := func() (reminded int, statements int64) {
		t.Helper()
		before := e.Statements.Load()
		got, err := e.App.Incubation.RemindAssessments(context.Background(), c)
		require.NoError(t, err)
		return got, e.Statements.Load() - before
	}

	// The fixture's own tenancies are reminded first, so that the runs
	// measured below send nothing new for them.
	fixture, _ := run()

	// None of ours due: the cost does not grow with the tenancies.
	tenancyAssessedOn(day(6, 1))             // due 1 September
	tenancyAssessedOn(day(3, 1), day(5, 20)) // due 20 August: the latest counts
	got, two := run()
	require.Equal(t, fixture, got)
	for range 4 {
		tenancyAssessedOn(day(4, 2), day(6, 10))
	}
	got, six := run()
	require.Equal(t, fixture, got)
	require.Equal(t, two, six, "two tenancies and six cost the same statements")

	// Due ones, among the others, read two at a time.
	due := []int{
		tenancyAssessedOn(),                      // due 1 April, never assessed
		tenancyAssessedOn(day(3, 20)),            // due 20 June: within a week
		tenancyAssessedOn(day(1, 10), day(3, 1)), // due 1 June
	}
	tenancyAssessedOn(day(3, 23)) // due 23 June: not yet
	e.App.Incubation.AssessmentPage = 2
	got, _ = run()
	require.Equal(t, fixture+len(due), got)
	// sent is the tenancies of ours the mentor was told of.
	sent := func() []int {
		t.Helper()
		ns := c.Notification.Query().Where(notification.Kind(incubation.KindAssessmentDue), notification.RecipientID(mentor),
			notification.SubjectIDIn(ours...)).AllX(ctx)
		var ids []int
		for _, x := range ns {
			ids = append(ids, *x.SubjectID)
		}
		slices.Sort(ids)
		return ids
	}
	require.Equal(t, due, sent(), "the mentor is told of the due tenancies only")
	run()
	require.Equal(t, due, sent(), "once per due date")
}
