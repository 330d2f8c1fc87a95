package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

const deleteDoc = `mutation($id:ID!){ deleteDocument(id:$id){ id } }`

// TestCaseKeepsItsMaterials: a document a submitted case relies on cannot
// be deleted (CONFLICT naming the case, in both languages), and the case
// keeps the version it was given when a newer one is uploaded: the
// handler downloads exactly that.
func TestCaseKeepsItsMaterials(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ngo, staff := e.Login("ngo"), e.Login("staff")
		cs := submittedCase(t, e, newServiceItem(t, e, "INCUBATION_ADMISSION", true))
		mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
		cs = mustAct(t, e, staff, mAccept, map[string]any{"id": cs.ID, "f": findings(allPresent)})
		cert := cs.Checklist[0]
		require.Equal(t, "certificate", cert.Material.Key)
		require.Len(t, cert.VersionIDs, 1, "the version given is pinned")
		docID, pinned := cert.DocumentIDs[0], cert.VersionIDs[0]

		for _, lang := range []string{"en", "zh-CN"} {
			r := e.Post(testenv.Request{Token: ngo, Query: deleteDoc, Vars: map[string]any{"id": docID}, Language: lang})
			require.Equal(t, []string{"CONFLICT"}, r.Errors.Codes())
			require.Contains(t, r.Errors[0].Message, *cs.Number, "the refusal names the case (%s)", lang)
			require.Equal(t, *cs.Number, r.Errors[0].Extensions["case"])
		}
		require.Contains(t, e.Post(testenv.Request{Token: ngo, Query: deleteDoc, Vars: map[string]any{"id": docID}, Language: "zh-CN"}).Errors[0].Message, "不能删除")

		// A new version of the certificate does not change what the case was given.
		_, old := download(t, e, staff, pinned, false)
		data := pdf(t, 250)
		in := map[string]any{"documentID": docID, "filename": "certificate-v2.pdf", "contentType": "application/pdf", "size": len(data), "sha256": sum(data)}
		newer := upload(t, e, ngo, in, data)
		require.NotEqual(t, pinned, newer.Current.ID)
		cs, errs := caseQuery(t, e, staff, cs.ID)
		require.Empty(t, errs)
		require.Equal(t, []string{pinned}, cs.Checklist[0].VersionIDs)
		resp, got := download(t, e, staff, cs.Checklist[0].VersionIDs[0], false)
		require.Equal(t, 200, resp.StatusCode)
		require.Equal(t, old, got, "the handler downloads the version the case was given")
	})
}

// TestDraftMaterialsMayGo: a draft does not hold its documents; submitting
// it after one was deleted names the document to replace. A withdrawn case
// holds nothing either.
func TestDraftMaterialsMayGo(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	ngo := e.Login("ngo")
	item := newServiceItem(t, e, "INCUBATION_ADMISSION", true)
	cs := mustAct(t, e, ngo, mOpen, map[string]any{"in": map[string]any{
		"serviceItemID": item, "organizationID": testenv.ID(e.Fixture.OrgA), "title": "草稿"}})
	data := pdf(t, 120)
	in := newDocInput(e.Fixture.OrgA, "certificate.pdf", "application/pdf", data)
	doc := upload(t, e, ngo, in, data)
	mustAct(t, e, ngo, mAttach, map[string]any{"id": cs.ID, "k": "certificate", "d": []string{doc.ID}})
	e.MustDo(ngo, deleteDoc, map[string]any{"id": doc.ID}, nil)
	_, errs := act(t, e, ngo, mSubmit, map[string]any{"id": cs.ID})
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
	require.Equal(t, "DOCUMENT_DELETED", errs[0].Extensions["reason"])

	sub := submittedCase(t, e, item)
	mustAct(t, e, ngo, mWithdraw, map[string]any{"id": sub.ID})
	e.MustDo(ngo, deleteDoc, map[string]any{"id": sub.Checklist[0].DocumentIDs[0]}, nil)
}
