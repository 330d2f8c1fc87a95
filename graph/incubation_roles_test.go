package graph_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestIncubationRoles: staff manage; the tenant's members read their own
// tenancy, plan and scores but change nothing of it; party officers read
// tenancies; experts, finance and purchasers see none; another county's
// admin finds nothing.
func TestIncubationRoles(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atIncubationTime(e, monday)
		w := newIncubationWorld(t, e, map[string]int{"101": 2})
		org, tok := w.newNGO(t, 50)
		_, other := w.newNGO(t, 51)
		w.admitted(t, org, tok, "101", 2, 85)
		ten := w.tenancyOf(t, org)
		read := `query($id:ID!){ node(id:$id){ ... on Tenancy { id milestones { id } latestAssessment { total } graduationCheck { ready } } } }`
		list := `{ tenancies(first:50){ totalCount } }`
		count := func(tok string) int {
			var out struct{ Tenancies struct{ TotalCount int } }
			e.MustDo(tok, list, nil, &out)
			return out.Tenancies.TotalCount
		}

		// The tenant's member reads its own, not others'.
		var own struct{ Node *struct{ ID string } }
		e.MustDo(tok, read, map[string]any{"id": ten.ID}, &own)
		require.NotNil(t, own.Node)
		require.Equal(t, 1, count(tok))
		require.Equal(t, []string{"NOT_FOUND"}, e.Do(other, read, map[string]any{"id": ten.ID}, nil).Codes())
		require.Zero(t, count(other))
		// …and changes nothing of its plan.
		for _, m := range []string{
			`mutation($id:ID!){ extendTenancy(id:$id, months:3, reason:"想多待"){ id } }`,
			`mutation($id:ID!){ graduateTenancy(id:$id){ id } }`,
			`mutation($id:ID!){ updateTenancyPlan(id:$id, input:{notes:"x"}){ id } }`,
		} {
			require.Equal(t, []string{"FORBIDDEN"}, e.Do(tok, m, map[string]any{"id": ten.ID}, nil).Codes(), m)
		}
		require.Equal(t, []string{"FORBIDDEN"}, e.Do(tok, `mutation($id:ID!){ setMilestoneMet(id:$id, metOn:"2026-03-09T00:00:00Z"){ id } }`,
			map[string]any{"id": ten.Milestones[0].ID}, nil).Codes())

		// Party officers read tenancies (coverage work) and change nothing.
		party := e.Login("party")
		var seen struct{ Node *struct{ ID string } }
		e.MustDo(party, read, map[string]any{"id": ten.ID}, &seen)
		require.NotNil(t, seen.Node)
		require.Equal(t, 40, count(party), "the demo's 16 active and 23 graduated tenancies, and this one")
		require.Equal(t, []string{"FORBIDDEN"}, e.Do(party, `mutation($id:ID!){ extendTenancy(id:$id, months:3, reason:"x"){ id } }`,
			map[string]any{"id": ten.ID}, nil).Codes())

		// Experts, finance and purchasers have no incubation rights.
		for _, u := range []string{"expert", "finance", "purchaser"} {
			tk := e.Login(u)
			require.Equal(t, []string{"FORBIDDEN"}, e.Do(tk, list, nil, nil).Codes(), u)
			require.Equal(t, []string{"FORBIDDEN"}, e.Do(tk, read, map[string]any{"id": ten.ID}, nil).Codes(), u)
		}

		// Another county's bureau admin finds nothing of this one.
		anji := e.Login("anji")
		require.Zero(t, count(anji))
		require.Equal(t, []string{"NOT_FOUND"}, e.Do(anji, read, map[string]any{"id": ten.ID}, nil).Codes())
		require.Equal(t, []string{"NOT_FOUND"}, e.Do(anji, `mutation($id:ID!){ graduateTenancy(id:$id){ id } }`,
			map[string]any{"id": ten.ID}, nil).Codes())
		require.Equal(t, []string{"NOT_FOUND"}, e.Do(anji, `mutation($in:CreateIncubationSpaceInput!){ createIncubationSpace(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"centreID": w.centre, "code": "X1", "kind": "ROOM", "area": 10, "seats": 1}}, nil).Codes())
	})
}

// TestIncubationCertificate: graduating with letters set up typesets the
// certificate as a PDF the organisation downloads, and its QR code's page
// confirms it without a login; a tampered token does not.
func TestIncubationCertificate(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		e.EnableLetters()
		atIncubationTime(e, monday)
		w := newIncubationWorld(t, e, map[string]int{"101": 1})
		org, tok := w.newNGO(t, 60)
		w.admitted(t, org, tok, "101", 1, 85)
		ten := w.tenancyOf(t, org)
		later := monday.AddDate(0, 8, 0)
		atIncubationTime(e, later)
		for _, m := range ten.Milestones {
			if m.Mandatory {
				e.MustDo(w.staff, mMet, map[string]any{"id": m.ID, "d": later.Format(time.RFC3339)}, nil)
			}
		}
		w.assessAll(t, ten.ID, 88, later)
		e.MustDo(w.staff, mGraduate, map[string]any{"id": ten.ID}, nil)

		var out struct {
			Node struct {
				CertificateNo        string
				CertificateURL       string
				CertificateVerifyURL string
			}
		}
		e.MustDo(tok, `query($id:ID!){ node(id:$id){ ... on Tenancy { certificateNo certificateURL certificateVerifyURL } } }`,
			map[string]any{"id": ten.ID}, &out)
		require.Equal(t, "德清孵证〔2026〕4号", out.Node.CertificateNo)
		u := out.Node.CertificateURL
		if strings.HasPrefix(u, "/") { // the local store's address is on this server
			u = e.URL + u
		}
		resp, err := http.Get(u)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.Equal(t, 200, resp.StatusCode)
		require.True(t, strings.HasPrefix(string(body), "%PDF-"), "the certificate is a PDF")

		page, err := http.Get(out.Node.CertificateVerifyURL)
		require.NoError(t, err)
		text, _ := io.ReadAll(page.Body)
		page.Body.Close()
		require.Equal(t, 200, page.StatusCode)
		require.Contains(t, string(text), "德清孵证〔2026〕4号")
		require.Contains(t, string(text), "德清县测试公益社60")
		bad, err := http.Get(out.Node.CertificateVerifyURL[:len(out.Node.CertificateVerifyURL)-2] + "xx")
		require.NoError(t, err)
		bad.Body.Close()
		require.Equal(t, 404, bad.StatusCode)

		// The certificate is the bureau's: the member reads it but neither
		// retitles nor deletes it (ISSUED_DOCUMENT), though it is filed as
		// CERTIFICATE, the category members use for their own.
		docID := *e.App.Client.Tenancy.GetX(system(), mustAtoi(t, ten.ID)).CertificateDocumentID
		for _, m := range []string{`mutation($id:ID!){ updateDocument(id:$id, input:{title:"假证书"}){ id } }`,
			`mutation($id:ID!){ deleteDocument(id:$id){ id } }`} {
			errs := e.Do(tok, m, map[string]any{"id": testenv.ID(docID)}, nil)
			require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
			require.Equal(t, "ISSUED_DOCUMENT", errs[0].Extensions["reason"])
		}
		require.Nil(t, e.App.Client.Document.GetX(system(), docID).DeletedAt)
	})
}
