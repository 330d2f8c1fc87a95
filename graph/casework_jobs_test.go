package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/auditlog"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestDueDateJobPagesThroughRunningCases: when a holiday moves the due date
// of more running cases than the job reads at a time, one run moves every
// stored date, with one audit row for each case it moved; a second run
// finds nothing to move.
func TestDueDateJobPagesThroughRunningCases(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	atTime(e, monday)
	item := newServiceItem(t, e, "INCUBATION_ADMISSION", true)
	staff := e.Login("staff")
	var ids []string
	for range 5 {
		cs := submittedCase(t, e, item)
		mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
		cs = mustAct(t, e, staff, mAccept, map[string]any{"id": cs.ID, "f": findings(allPresent)})
		require.Contains(t, *cs.Clock.DueOn, "2026-03-16")
		ids = append(ids, cs.ID)
	}
	e.MustDo(e.Login("root"), `mutation($d:Time!){ setCalendarDay(date:$d, workday:false, name:"测试假日"){ date } }`,
		map[string]any{"d": "2026-03-12T00:00:00Z"}, nil)

	ctx := context.Background()
	// moves counts the audit rows of case updates that set a due date.
	moves := func() int {
		logs, err := e.App.Client.AuditLog.Query().
			Where(auditlog.EntityTypeEQ("ServiceCase"), auditlog.OperationEQ(auditlog.OperationUPDATE)).
			All(sys())
		require.NoError(t, err)
		n := 0
		for _, l := range logs {
			if _, ok := l.Changes["due_on"]; ok {
				n++
			}
		}
		return n
	}
	before := moves()
	e.App.Casework.JobPage = 2 // five cases: three pages
	atTime(e, time.Date(2026, 3, 13, 9, 0, 0, 0, time.UTC))
	rep, err := e.App.Casework.RunJobs(ctx, e.App.Client)
	require.NoError(t, err)
	require.Zero(t, rep.Reminded, "due Tuesday is not due soon on Friday")
	for _, id := range ids {
		var out struct{ Node struct{ DueOn string } }
		e.MustDo(staff, `query($id:ID!){ node(id:$id){ ... on Case { dueOn } } }`, map[string]any{"id": id}, &out)
		require.Contains(t, out.Node.DueOn, "2026-03-17", "case %s: the holiday moved its stored due date", id)
	}
	require.Equal(t, len(ids), moves()-before, "one audit row for each case the job moved")

	_, err = e.App.Casework.RunJobs(ctx, e.App.Client)
	require.NoError(t, err)
	require.Equal(t, len(ids), moves()-before, "a second run moves nothing")
}
