package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// caseDocuments lists the documents of case id as token's viewer sees them.
func caseDocuments(t *testing.T, e *testenv.Env, token, id string) []doc {
	t.Helper()
	var out struct{ Node struct{ Documents []doc } }
	e.MustDo(token, `query($id:ID!){ node(id:$id){ ... on Case { documents { id title category versionCount
		current { id number filename contentType size sha256 uploaderName } } } } }`, map[string]any{"id": id}, &out)
	return out.Node.Documents
}

// TestIssuedLetterIsTheBureaus: the decision letter is kept among the
// applicant's documents, and an NGO member (document:create_own and
// update_own) uploaded a PDF of its own as the letter's new version — staff
// then downloaded the applicant's bytes as the case's letter — retitled it
// and deleted it, and could file a document of its own as a decision
// letter. All of it is FORBIDDEN now (ISSUED_DOCUMENT), and nothing
// changes; the member still reads and downloads the letter, and staff may
// still change it.
func TestIssuedLetterIsTheBureaus(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		e.EnableLetters()
		item := newServiceItem(t, e, "ISSUED_LETTER", false)
		cs := submittedCase(t, e, item)
		staff, admin, ngo := e.Login("staff"), e.Login("admin"), e.Login("ngo")
		mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
		mustAct(t, e, staff, mAccept, map[string]any{"id": cs.ID, "f": findings(allPresent)})
		mustAct(t, e, admin, mDecide, map[string]any{"id": cs.ID, "a": false, "r": "不符合条件"})

		before := caseDocuments(t, e, staff, cs.ID)
		require.Len(t, before, 1)
		letter := before[0]
		require.Equal(t, "DECISION_LETTER", letter.Category)
		issuedErr := func(errs testenv.Errors, what string) {
			t.Helper()
			require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), what)
			require.Equal(t, "ISSUED_DOCUMENT", errs[0].Extensions["reason"], what)
		}

		forged := pdf(t, 500)
		_, errs := request(t, e, ngo, map[string]any{"documentID": letter.ID, "filename": "决定书.pdf",
			"contentType": "application/pdf", "size": len(forged), "sha256": sum(forged)})
		issuedErr(errs, "a new version")
		issuedErr(e.Do(ngo, `mutation($id:ID!){ updateDocument(id:$id, input:{title:"准予决定书"}){ id } }`,
			map[string]any{"id": letter.ID}, nil), "a new title")
		issuedErr(e.Do(ngo, `mutation($id:ID!){ deleteDocument(id:$id){ id } }`, map[string]any{"id": letter.ID}, nil), "deleting it")
		_, errs = request(t, e, ngo, newDocInput(e.Fixture.OrgA, "准予决定书.pdf", "application/pdf", forged))
		require.Empty(t, errs, "an ordinary document of their own")
		in := newDocInput(e.Fixture.OrgA, "准予决定书.pdf", "application/pdf", forged)
		in["category"] = "DECISION_LETTER"
		_, errs = request(t, e, ngo, in)
		issuedErr(errs, "their own document filed as a decision letter")

		after := caseDocuments(t, e, staff, cs.ID)
		require.Equal(t, before, after, "the letter is as the bureau issued it")
		_, body := download(t, e, ngo, after[0].Current.ID, false)
		require.Equal(t, letter.Current.Size, int64(len(body)), "the member still downloads it")

		var ok struct{ UpdateDocument struct{ Title string } }
		e.MustDo(staff, `mutation($id:ID!){ updateDocument(id:$id, input:{title:"不予许可决定书"}){ title } }`, map[string]any{"id": letter.ID}, &ok)
		require.Equal(t, "不予许可决定书", ok.UpdateDocument.Title, "staff still may")
	})
}
