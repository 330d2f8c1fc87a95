package graph_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/notification"
	"hatchery/internal/casework"
	"hatchery/internal/notify"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/viewer"
)

type note struct {
	ID, Kind, Title, Body, TitleZh, TitleEn string
	SubjectID, Path                         *string
	ReadAt                                  *string
}

const inboxQuery = `query($first:Int,$after:Cursor,$unread:Boolean){
	notifications(first:$first, after:$after, unreadOnly:$unread){
		totalCount edges { node { id kind title body titleZh titleEn subjectID path readAt } }
		pageInfo { hasNextPage endCursor } }
	unreadNotificationCount }`

type inboxPage struct {
	Notifications struct {
		TotalCount int
		Edges      []struct{ Node note }
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
	}
	UnreadNotificationCount int
}

// inbox reads the first page of token's notifications in language lng.
func inbox(t *testing.T, e *testenv.Env, token, lng string, vars map[string]any) inboxPage {
	t.Helper()
	r := e.Post(testenv.Request{Token: token, Query: inboxQuery, Vars: vars, Language: lng})
	require.Empty(t, r.Errors)
	var out inboxPage
	require.NoError(t, jsonUnmarshal(r.Data, &out))
	return out
}

// kinds lists the kinds of token's notifications, newest first.
func kinds(t *testing.T, e *testenv.Env, token string) []string {
	t.Helper()
	var out []string
	for _, ed := range inbox(t, e, token, "", map[string]any{"first": 50}).Notifications.Edges {
		out = append(out, ed.Node.Kind)
	}
	return out
}

// TestCaseNotifications walks a case and checks who is told what: the
// applicant's members on the notice and the decision, the consulted units
// on the request, the handler on each answer, in the reader's language,
// each linking to the case; nobody else hears of it.
func TestCaseNotifications(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		e.EnableLetters()
		atTime(e, monday)
		cs := submittedCase(t, e, newServiceItem(t, e, "INCUBATION_ADMISSION", true))
		staff, ngo := e.Login("staff"), e.Login("ngo")
		mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
		lacking := map[string]string{"certificate": "PRESENT", "articles": "PRESENT", "budget": "MISSING"}
		mustAct(t, e, staff, mDeficient, map[string]any{"id": cs.ID, "f": findings(lacking)})

		zh := inbox(t, e, ngo, "zh-CN,zh;q=0.9", nil)
		require.Equal(t, 1, zh.UnreadNotificationCount)
		n := zh.Notifications.Edges[0].Node
		require.Equal(t, casework.KindNoticeIssued, n.Kind)
		require.Equal(t, n.TitleZh, n.Title, "Chinese for a Chinese reader")
		require.Contains(t, n.Body, "项目预算")
		require.Contains(t, n.Body, "2026年3月16日", "the deadline, written for the reader")
		require.Equal(t, cs.ID, *n.SubjectID)
		require.Equal(t, "/cases/"+cs.ID, *n.Path)
		en := inbox(t, e, ngo, "en-GB", nil).Notifications.Edges[0].Node
		require.Equal(t, en.TitleEn, en.Title)
		require.Contains(t, en.Body, "16 March 2026")

		// Supplement, then consult two units: each unit is told.
		data := pdf(t, 200)
		in := newDocInput(e.Fixture.OrgA, "budget-v2.pdf", "application/pdf", data)
		in["category"] = "BUDGET"
		doc := upload(t, e, ngo, in, data)
		mustAct(t, e, ngo, mAttach, map[string]any{"id": cs.ID, "k": "budget", "d": []string{doc.ID}})
		mustAct(t, e, staff, mConfirm, map[string]any{"id": cs.ID, "f": findings(allPresent)})
		mustAct(t, e, staff, mConsult, map[string]any{"id": cs.ID, "u": []map[string]any{
			{"unit": "县教育局", "assigneeID": testenv.ID(e.Fixture.Users["expert"]), "dueDays": 3},
			{"unit": "县委社会工作部", "assigneeID": testenv.ID(e.Fixture.Users["party"]), "dueDays": 2},
		}})
		for _, who := range []string{"expert", "party"} {
			token := e.Login(who)
			p := inbox(t, e, token, "zh", nil)
			require.Len(t, p.Notifications.Edges, 1, who)
			n := p.Notifications.Edges[0].Node
			require.Equal(t, casework.KindConsultationRequested, n.Kind, who)
			require.Equal(t, "/cases/"+cs.ID, *n.Path)
			var box struct {
				Consultations struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			e.MustDo(token, `{ consultations(first:10, where:{answer:PENDING}){ edges { node { id } } } }`, nil, &box)
			e.MustDo(token, mAnswer, map[string]any{"id": box.Consultations.Edges[0].Node.ID, "a": who == "expert", "r": "不符合规划"}, nil)
		}
		require.Equal(t, []string{casework.KindConsultationAnswered, casework.KindConsultationAnswered}, kinds(t, e, staff),
			"the handler hears of each answer")
		handler := inbox(t, e, staff, "zh", nil).Notifications.Edges
		require.Contains(t, handler[0].Node.Body, "县委社会工作部答复不同意", "newest first")
		require.Contains(t, handler[1].Node.Body, "县教育局答复同意")

		mustAct(t, e, staff, mDecide, map[string]any{"id": cs.ID, "a": false, "r": "不符合入壳条件"})
		p := inbox(t, e, ngo, "zh", nil)
		require.Equal(t, 2, p.UnreadNotificationCount)
		require.Equal(t, casework.KindDecided, p.Notifications.Edges[0].Node.Kind)
		require.Contains(t, p.Notifications.Edges[0].Node.Title, "不予")

		require.Empty(t, kinds(t, e, e.Login("ngo2")), "another organisation hears nothing")
		require.Empty(t, kinds(t, e, e.Login("admin")), "nor does staff not on the case")
	})
}

// TestReturnNotifiesApplicant: a case returned by the handler, and one
// returned because its supplement deadline passed (the job, run twice at
// once), each tell the applicant once.
func TestReturnNotifiesApplicant(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atTime(e, monday)
		item := newServiceItem(t, e, "AWARD", true)
		staff, ngo := e.Login("staff"), e.Login("ngo")
		a := submittedCase(t, e, item)
		mustAct(t, e, staff, mPreReview, map[string]any{"id": a.ID})
		bad := map[string]string{"certificate": "FLAWED", "articles": "MISSING", "budget": "MISSING"}
		mustAct(t, e, staff, mReturn, map[string]any{"id": a.ID, "f": findings(bad), "r": "核心材料不全"})
		p := inbox(t, e, ngo, "zh", nil)
		require.Equal(t, casework.KindReturned, p.Notifications.Edges[0].Node.Kind)
		require.Equal(t, "/cases/"+a.ID, *p.Notifications.Edges[0].Node.Path)

		b := submittedCase(t, e, item)
		mustAct(t, e, staff, mPreReview, map[string]any{"id": b.ID})
		mustAct(t, e, staff, mDeficient, map[string]any{"id": b.ID,
			"f": findings(map[string]string{"certificate": "PRESENT", "articles": "PRESENT", "budget": "FLAWED"})})
		atTime(e, monday.AddDate(0, 0, 8))
		var wg sync.WaitGroup
		for range 2 {
			wg.Go(func() {
				_, err := e.App.Casework.RunJobs(context.Background(), e.App.Client)
				require.NoError(t, err)
			})
		}
		wg.Wait()
		require.Equal(t, []string{casework.KindReturned, casework.KindNoticeIssued, casework.KindReturned}, kinds(t, e, ngo))
		p = inbox(t, e, ngo, "en", nil)
		require.Equal(t, "/cases/"+b.ID, *p.Notifications.Edges[0].Node.Path)
		require.Contains(t, p.Notifications.Edges[0].Node.Body, "deadline passed")
	})
}

// TestDueSoonNotifiesHandlerOnceADay: the job tells the handler of a case
// due the next working day once that day, however often it runs; and a
// dedup key holds even when two senders race past the check.
func TestDueSoonNotifiesHandlerOnceADay(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		cs, staff := acceptedOnMonday(t, e)
		ctx := context.Background()
		atTime(e, time.Date(2026, 3, 13, 9, 0, 0, 0, time.UTC)) // Friday: due Monday 16, the next working day
		for range 2 {
			_, err := e.App.Casework.RunJobs(ctx, e.App.Client)
			require.NoError(t, err)
		}
		p := inbox(t, e, staff, "zh", nil)
		require.Len(t, p.Notifications.Edges, 1)
		n := p.Notifications.Edges[0].Node
		require.Equal(t, casework.KindDueSoon, n.Kind)
		require.Contains(t, n.Body, "2026年3月16日")
		require.Equal(t, "/cases/"+cs.ID, *n.Path)
		require.Empty(t, kinds(t, e, e.Login("ngo")), "the applicant is not told of the handler's deadline")

		// Two transactions send the same keyed message at once: one row, no error.
		sys := privacy.DecisionContext(ctx, privacy.Allow)
		msg := notify.Message{RecipientID: e.Fixture.Users["staff"], DomainID: e.Fixture.Deqing, Kind: "test.once",
			Title: notify.Text{ZH: "测试", EN: "Test"}, DedupKey: "test.once:1"}
		var wg sync.WaitGroup
		for range 2 {
			wg.Go(func() {
				tx, err := e.App.Client.Tx(sys)
				require.NoError(t, err)
				require.NoError(t, e.App.Casework.Notify.Send(gen.NewTxContext(sys, tx), tx.Client(), msg))
				require.NoError(t, tx.Commit())
			})
		}
		wg.Wait()
		require.Equal(t, 1, e.App.Client.Notification.Query().Where(notification.Kind("test.once")).CountX(sys))
	})
}

// acceptedOnMonday is a case of OrgA that staff accepted on Monday 9 March
// with every material present (its handler is staff, token returned).
func acceptedOnMonday(t *testing.T, e *testenv.Env) (caseView, string) {
	t.Helper()
	atTime(e, monday)
	cs := submittedCase(t, e, newServiceItem(t, e, "INCUBATION_ADMISSION", true))
	staff := e.Login("staff")
	mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
	return mustAct(t, e, staff, mAccept, map[string]any{"id": cs.ID, "f": findings(allPresent)}), staff
}

type failingLetters struct{}

func (failingLetters) IssueLetter(context.Context, *gen.Client, *gen.ServiceCase) error {
	return errors.New("letter store down")
}

// TestFailedDecisionSendsNothing: the notification is written in the
// decision's transaction, so a decision that fails (its letter cannot be
// issued) tells the applicant nothing.
func TestFailedDecisionSendsNothing(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		cs, staff := acceptedOnMonday(t, e)
		e.App.Casework.Letters = failingLetters{}
		_, errs := act(t, e, staff, mDecide, map[string]any{"id": cs.ID, "a": true, "r": "符合条件"})
		require.Equal(t, []string{"INTERNAL"}, errs.Codes())
		got, _ := caseQuery(t, e, staff, cs.ID)
		require.Equal(t, "ACCEPTED", got.State, "the decision rolled back")
		require.Empty(t, kinds(t, e, e.Login("ngo")), "and its notification with it")
	})
}

// TestNotificationPrivacy: only the recipient reads or marks a
// notification (someone else's is NOT_FOUND, with its code); marking all
// read touches only one's own; a client cannot create one; the inbox pages
// newest first by cursor and filters unread.
func TestNotificationPrivacy(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		send := func(user, kind string) {
			require.NoError(t, e.App.Casework.Notify.Send(ctx, e.App.Client, notify.Message{
				RecipientID: e.Fixture.Users[user], DomainID: e.Fixture.Deqing, Kind: kind,
				Title: notify.Text{ZH: "标题 " + kind, EN: "Title " + kind}, Path: "/cases/1"}))
		}
		for _, k := range []string{"t.1", "t.2", "t.3"} {
			send("ngo", k)
		}
		send("ngo2", "t.other")
		ngo, ngo2, admin := e.Login("ngo"), e.Login("ngo2"), e.Login("root")

		first := inbox(t, e, ngo, "zh", map[string]any{"first": 2})
		require.Equal(t, 3, first.Notifications.TotalCount)
		require.Equal(t, "t.3", first.Notifications.Edges[0].Node.Kind, "newest first")
		require.True(t, first.Notifications.PageInfo.HasNextPage)
		next := inbox(t, e, ngo, "zh", map[string]any{"first": 2, "after": *first.Notifications.PageInfo.EndCursor})
		require.Len(t, next.Notifications.Edges, 1)
		require.Equal(t, "t.1", next.Notifications.Edges[0].Node.Kind)
		id := first.Notifications.Edges[0].Node.ID

		// Others cannot read it, by node or list, nor mark it.
		for _, token := range []string{ngo2, admin} {
			errs := e.Do(token, `query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": id}, nil)
			require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
			errs = e.Do(token, `mutation($id:ID!){ markNotificationRead(id:$id){ id } }`, map[string]any{"id": id}, nil)
			require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
		}
		require.Equal(t, 0, inbox(t, e, admin, "", nil).Notifications.TotalCount, "a platform admin has no view of others' inboxes")
		var all struct{ MarkAllNotificationsRead int }
		e.MustDo(ngo2, `mutation{ markAllNotificationsRead }`, nil, &all)
		require.Equal(t, 1, all.MarkAllNotificationsRead, "ngo2 marks only their own")
		require.Equal(t, 3, inbox(t, e, ngo, "", nil).UnreadNotificationCount)

		// The recipient marks one read, then the rest.
		var one struct{ MarkNotificationRead note }
		e.MustDo(ngo, `mutation($id:ID!){ markNotificationRead(id:$id){ id readAt } }`, map[string]any{"id": id}, &one)
		require.NotNil(t, one.MarkNotificationRead.ReadAt)
		unread := inbox(t, e, ngo, "", map[string]any{"unread": true})
		require.Equal(t, 2, unread.UnreadNotificationCount)
		require.Equal(t, 2, unread.Notifications.TotalCount, "unreadOnly")
		e.MustDo(ngo, `mutation{ markAllNotificationsRead }`, nil, &all)
		require.Equal(t, 2, all.MarkAllNotificationsRead)
		require.Equal(t, 0, inbox(t, e, ngo, "", nil).UnreadNotificationCount)

		// Only the system writes notifications: a viewer's own client cannot.
		v := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: e.Fixture.Users["ngo"], DomainID: e.Fixture.Deqing})
		v = e.App.Context(v)
		err := e.App.Client.Notification.Create().SetRecipientID(e.Fixture.Users["ngo"]).SetDomainID(e.Fixture.Deqing).
			SetKind("forged").SetTitleZh("伪造").SetTitleEn("Forged").Exec(v)
		require.ErrorIs(t, err, privacy.Deny)
	})
}

// TestUnreadCountPollCost: the bell's poll is cheap: its SQL statements,
// counted, whatever the number of notifications.
func TestUnreadCountPollCost(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) { unreadCountPollCost(t, testenv.New(t, d)) })
}

func unreadCountPollCost(t *testing.T, e *testenv.Env) {
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	ngo := e.Login("ngo")
	e.MustDo(ngo, `{ __typename }`, nil, nil) // the session is read once, then cached
	poll := func() int64 {
		before := e.Statements.Load()
		var out struct{ UnreadNotificationCount int }
		e.MustDo(ngo, `{ unreadNotificationCount }`, nil, &out)
		return e.Statements.Load() - before
	}
	empty := poll()
	for i := range 50 {
		require.NoError(t, e.App.Casework.Notify.Send(ctx, e.App.Client, notify.Message{
			RecipientID: e.Fixture.Users["ngo"], DomainID: e.Fixture.Deqing, Kind: "t",
			Title: notify.Text{ZH: "标题", EN: "Title"}, DedupKey: "t:" + testenv.ID(i)}))
	}
	full := poll()
	// Logged, not asserted (a loaded machine is slow): the figure the web
	// app's POLL_MS comment quotes.
	start := time.Now()
	for range 100 {
		poll()
	}
	t.Logf("statements per poll: %d; mean time per poll over HTTP: %v", full, time.Since(start)/100)
	require.Equal(t, empty, full, "a count, not a read of the rows")
	require.LessOrEqual(t, full, int64(2), "the count (the session is cached)")
}
