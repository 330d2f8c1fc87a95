package graph_test

import (
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testenv"
)

// caseFields is what the casework tests read of a case.
const caseFields = `id number state decision followUp allowedActions
	checklist { material { key core } status documentIDs versionIDs note }
	clock { dueOn dueIfResumedOn workingDaysUsed workingDaysLeft paused overdue dueSoon }
	notice { items { key status } deadline consequence }
	timeline { action fromState toState actorName reason }`

type caseView struct {
	ID             string
	Number         *string
	State          string
	Decision       *string
	FollowUp       string
	AllowedActions []string
	Checklist      []struct {
		Material struct {
			Key  string
			Core bool
		}
		Status      string
		DocumentIDs []string
		VersionIDs  []string
		Note        *string
	}
	Clock *struct {
		DueOn           *string
		DueIfResumedOn  string
		WorkingDaysUsed int
		WorkingDaysLeft int
		Paused          bool
		Overdue         bool
		DueSoon         bool
	}
	Notice *struct {
		Items       []struct{ Key, Status string }
		Deadline    string
		Consequence string
	}
	Timeline []struct {
		Action, FromState, ToState, ActorName string
		Reason                                *string
	}
}

// newServiceItem creates, as the bureau admin, a service item with two core
// materials and one non-core, and returns its id.
func newServiceItem(t *testing.T, e *testenv.Env, code string, delegated bool) string {
	t.Helper()
	admin := e.Login("admin")
	var out struct{ CreateServiceItem struct{ ID string } }
	e.MustDo(admin, `mutation($in:CreateServiceItemInput!){ createServiceItem(input:$in){ id } }`, map[string]any{"in": map[string]any{
		"code": code, "name": "社会组织入壳孵化申请", "statutoryDays": 20, "promisedDays": 5, "supplementDays": 5, "delegated": delegated,
	}}, &out)
	e.MustDo(admin, `mutation($id:ID!,$m:[MaterialInput!]!){ setServiceItemMaterials(id:$id, materials:$m){ id } }`, map[string]any{
		"id": out.CreateServiceItem.ID,
		"m": []map[string]any{
			{"key": "certificate", "name": "登记证书", "core": true, "category": "REGISTRATION_CERTIFICATE"},
			{"key": "articles", "name": "章程", "core": true, "category": "ARTICLES_OF_ASSOCIATION"},
			{"key": "budget", "name": "项目预算", "core": false, "category": "BUDGET"},
		},
	}, nil)
	return out.CreateServiceItem.ID
}

func caseQuery(t *testing.T, e *testenv.Env, token, id string) (caseView, testenv.Errors) {
	t.Helper()
	var out struct{ Node caseView }
	errs := e.Do(token, `query($id:ID!){ node(id:$id){ ... on Case { `+caseFields+` } } }`, map[string]any{"id": id}, &out)
	return out.Node, errs
}

// act runs a case mutation that returns the case.
func act(t *testing.T, e *testenv.Env, token, mutation string, vars map[string]any) (caseView, testenv.Errors) {
	t.Helper()
	var out map[string]caseView
	errs := e.Do(token, mutation, vars, &out)
	for _, v := range out {
		return v, errs
	}
	return caseView{}, errs
}

func mustAct(t *testing.T, e *testenv.Env, token, mutation string, vars map[string]any) caseView {
	t.Helper()
	v, errs := act(t, e, token, mutation, vars)
	require.Empty(t, errs)
	return v
}

func findings(status map[string]string) []map[string]any {
	var out []map[string]any
	for _, k := range []string{"certificate", "articles", "budget"} {
		f := map[string]any{"key": k, "status": status[k]}
		if status[k] == "FLAWED" {
			f["note"] = "盖章不清晰"
		}
		out = append(out, f)
	}
	return out
}

var allPresent = map[string]string{"certificate": "PRESENT", "articles": "PRESENT", "budget": "PRESENT"}

const (
	mOpen      = `mutation($in:OpenCaseInput!){ openCase(input:$in){ ` + caseFields + ` } }`
	mAttach    = `mutation($id:ID!,$k:String!,$d:[ID!]!){ attachCaseMaterial(caseID:$id, key:$k, documentIDs:$d){ ` + caseFields + ` } }`
	mSubmit    = `mutation($id:ID!){ submitCase(id:$id){ ` + caseFields + ` } }`
	mPreReview = `mutation($id:ID!){ startPreReview(id:$id){ ` + caseFields + ` } }`
	mAccept    = `mutation($id:ID!,$f:[FindingInput!]!){ acceptCase(id:$id, findings:$f){ ` + caseFields + ` } }`
	mDeficient = `mutation($id:ID!,$f:[FindingInput!]!){ acceptCaseWithDeficiencies(id:$id, findings:$f){ ` + caseFields + ` } }`
	mReturn    = `mutation($id:ID!,$f:[FindingInput!]!,$r:String!){ returnCase(id:$id, findings:$f, reason:$r){ ` + caseFields + ` } }`
	mConfirm   = `mutation($id:ID!,$f:[FindingInput!]!){ confirmSupplement(id:$id, findings:$f){ ` + caseFields + ` } }`
	mReview    = `mutation($id:ID!){ startReview(id:$id){ ` + caseFields + ` } }`
	mConsult   = `mutation($id:ID!,$u:[ConsultInput!]!){ consultCase(id:$id, units:$u){ ` + caseFields + ` } }`
	mDecide    = `mutation($id:ID!,$a:Boolean!,$r:String!){ decideCase(id:$id, approved:$a, reason:$r){ ` + caseFields + ` } }`
	mDeliver   = `mutation($id:ID!,$m:CaseDeliveryMethod!,$t:String){ deliverCase(id:$id, method:$m, trackingNumber:$t){ ` + caseFields + ` } }`
	mRate      = `mutation($id:ID!,$r:Int!,$c:String){ rateCase(id:$id, rating:$r, comment:$c){ ` + caseFields + ` } }`
	mWithdraw  = `mutation($id:ID!){ withdrawCase(id:$id){ ` + caseFields + ` } }`
	mResolve   = `mutation($id:ID!,$n:String!){ resolveFollowUp(id:$id, note:$n){ ` + caseFields + ` } }`
	mAnswer    = `mutation($id:ID!,$a:Boolean!,$r:String){ answerConsultation(id:$id, agree:$a, reason:$r){ id answer } }`
)

// submittedCase opens a case for OrgA as ngo, offers a document for every
// material and submits it.
func submittedCase(t *testing.T, e *testenv.Env, itemID string) caseView {
	t.Helper()
	cs := draftCase(t, e, itemID)
	return mustAct(t, e, e.Login("ngo"), mSubmit, map[string]any{"id": cs.ID})
}

// draftCase opens a case for OrgA as ngo and offers a document for every material.
func draftCase(t *testing.T, e *testenv.Env, itemID string) caseView {
	t.Helper()
	ngo := e.Login("ngo")
	cs := mustAct(t, e, ngo, mOpen, map[string]any{"in": map[string]any{
		"serviceItemID": itemID, "organizationID": testenv.ID(e.Fixture.OrgA), "title": "2026年入壳孵化申请"}})
	require.Equal(t, "DRAFT", cs.State)
	data := pdf(t, 300)
	for _, m := range []struct{ key, cat string }{{"certificate", "REGISTRATION_CERTIFICATE"}, {"articles", "ARTICLES_OF_ASSOCIATION"}, {"budget", "BUDGET"}} {
		in := newDocInput(e.Fixture.OrgA, m.key+".pdf", "application/pdf", data)
		in["category"] = m.cat
		d := upload(t, e, ngo, in, data)
		cs = mustAct(t, e, ngo, mAttach, map[string]any{"id": cs.ID, "k": m.key, "d": []string{d.ID}})
	}
	return cs
}

func actions(v caseView) []string {
	out := make([]string, len(v.Timeline))
	for i, ev := range v.Timeline {
		out[i] = ev.Action
	}
	return out
}

func mustID(t *testing.T, id string) int {
	t.Helper()
	n, err := strconv.Atoi(id)
	require.NoError(t, err)
	return n
}

// requireDecisionLetter checks that the decided case cs carries its letter,
// that the applicant can download it as a PDF, and that its verification
// link confirms it while a tampered one does not.
func requireDecisionLetter(t *testing.T, e *testenv.Env, token string, cs caseView, verify string) {
	t.Helper()
	var out struct {
		Node struct {
			Documents []struct {
				Category string
				Current  struct{ ID, Filename string }
			}
		}
	}
	e.MustDo(token, `query($id:ID!){ node(id:$id){ ... on Case { documents { category current { id filename } } } } }`,
		map[string]any{"id": cs.ID}, &out)
	require.Len(t, out.Node.Documents, 1)
	letter := out.Node.Documents[0]
	require.Equal(t, "DECISION_LETTER", letter.Category)
	require.Contains(t, letter.Current.Filename, *cs.Number)
	resp, body := download(t, e, token, letter.Current.ID, false)
	require.Equal(t, 200, resp.StatusCode)
	require.True(t, strings.HasPrefix(string(body), "%PDF-"), "a PDF")

	page, err := http.Get(verify)
	require.NoError(t, err)
	text, _ := io.ReadAll(page.Body)
	page.Body.Close()
	require.Equal(t, 200, page.StatusCode)
	require.Contains(t, string(text), *cs.Number)
	require.Contains(t, string(text), "准予")
	bad, err := http.Get(verify[:len(verify)-2] + "xx")
	require.NoError(t, err)
	bad.Body.Close()
	require.Equal(t, 404, bad.StatusCode)
}
