package graph_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/auditlog"
	"hatchery/ent/documentupload"
	"hatchery/internal/documents"
	"hatchery/internal/storage"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

func system() context.Context { return privacy.DecisionContext(context.Background(), privacy.Allow) }

func TestDocumentRoundTrip(t *testing.T) {
	eachStore(t, func(t *testing.T, e *testenv.Env) {
		staff := e.Login("staff")
		data := pdf(t, 10<<20)
		const name = "德清县阳光志愿者协会 登记证书.pdf"
		d := upload(t, e, staff, newDocInput(e.Fixture.OrgA, `C:\fakepath\`+name, "application/pdf", data), data)
		require.Equal(t, name, d.Title, "the title defaults to the file name, without the browser's fake path")
		require.Equal(t, 1, d.VersionCount)
		require.Equal(t, 1, d.Current.Number)
		require.Equal(t, sum(data), d.Current.Sha256)
		require.EqualValues(t, len(data), d.Current.Size)
		require.Equal(t, e.App.Client.User.GetX(system(), e.Fixture.Users["staff"]).DisplayName, d.Current.UploaderName)

		resp, got := download(t, e, staff, d.Current.ID, false)
		require.Equal(t, 200, resp.StatusCode)
		require.Equal(t, sum(data), sum(got), "the download is byte-identical")
		require.Equal(t, storage.ContentDisposition(name), resp.Header.Get("Content-Disposition"))
		require.Contains(t, resp.Header.Get("Content-Disposition"), "filename*=UTF-8''%E5%BE%B7%E6%B8%85")

		resp, _ = download(t, e, staff, d.Current.ID, true)
		require.True(t, strings.HasPrefix(resp.Header.Get("Content-Disposition"), "inline;"))
		require.Equal(t, "application/pdf", resp.Header.Get("Content-Type"))

		// Each issued link is in the audit trail.
		n := e.App.Client.AuditLog.Query().
			Where(auditlog.OperationEQ(auditlog.OperationDOWNLOAD), auditlog.EntityID(d.Current.ID)).CountX(system())
		require.Equal(t, 2, n)

		// A second upload to the same document is version 2; version 1 stays readable.
		v2 := pdf(t, 4096)
		d2 := upload(t, e, staff, map[string]any{
			"documentID": d.ID, "filename": "登记证书-2027.pdf", "contentType": "application/pdf",
			"size": len(v2), "sha256": sum(v2),
		}, v2)
		require.Equal(t, d.ID, d2.ID)
		require.Equal(t, 2, d2.VersionCount)
		require.Equal(t, 2, d2.Current.Number)
		require.Equal(t, name, d2.Title, "a new version keeps the document's title")
		_, old := download(t, e, staff, d.Current.ID, false)
		require.Equal(t, sum(data), sum(old))

		var list struct {
			Node struct {
				Documents struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							ID       string
							Versions struct {
								Edges []struct{ Node struct{ Number int } }
							}
						}
					}
				}
			}
		}
		e.MustDo(staff, `query($id:ID!){ node(id:$id){ ... on Organization { documents(first:10, where:{deletedAtIsNil:true}){ totalCount
			edges { node { id versions(first:5, orderBy:{field:VERSION, direction:DESC}){ edges { node { number } } } } } } } } }`,
			map[string]any{"id": testenv.ID(e.Fixture.OrgA)}, &list)
		require.Equal(t, 1, list.Node.Documents.TotalCount)
		vs := list.Node.Documents.Edges[0].Node.Versions.Edges
		require.Len(t, vs, 2)
		require.Equal(t, []int{2, 1}, []int{vs[0].Node.Number, vs[1].Node.Number})
	})
}

func TestDocumentStoreEnforcesTheForm(t *testing.T) {
	eachStore(t, func(t *testing.T, e *testenv.Env) {
		staff := e.Login("staff")
		data := pdf(t, 1000)
		f, errs := request(t, e, staff, newDocInput(e.Fixture.OrgA, "a.pdf", "application/pdf", data))
		require.Empty(t, errs)

		// More bytes than declared: the form's size range refuses them.
		code, body := post(t, e, f, pdf(t, 1001), nil)
		require.Equal(t, 400, code, body)
		// Another content type than declared: the signed form refuses it.
		code, body = post(t, e, f, data, map[string]string{"Content-Type": "text/html"})
		require.Contains(t, []int{400, 403}, code, body)
		_, errs = complete(t, e, staff, f.UploadID)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "NOT_UPLOADED", errs[0].Extensions["reason"], "nothing was stored")

		// The same form with the declared file works.
		code, body = post(t, e, f, data, nil)
		require.True(t, code/100 == 2, "HTTP %d: %s", code, body)
		_, errs = complete(t, e, staff, f.UploadID)
		require.Empty(t, errs)
		_, errs = complete(t, e, staff, f.UploadID)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes(), "an upload completes once")

		// Over the configured limit is refused before any form is issued.
		big := newDocInput(e.Fixture.OrgA, "big.pdf", "application/pdf", data)
		big["size"] = e.App.Docs.MaxSize + 1
		_, errs = request(t, e, staff, big)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "size", errs[0].Extensions["field"])
		// So is a type we do not keep.
		_, errs = request(t, e, staff, newDocInput(e.Fixture.OrgA, "x.html", "text/html", data))
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "contentType", errs[0].Extensions["field"])
	})
}

func TestDocumentRefusesBytesThatDoNotMatch(t *testing.T) {
	eachStore(t, func(t *testing.T, e *testenv.Env) {
		staff := e.Login("staff")
		png := append([]byte("\x89PNG\r\n\x1a\n"), pdf(t, 2000)...)
		cases := []struct {
			name, reason string
			declared     []byte // what the hash is computed over
			sent         []byte
			contentType  string
		}{
			{"hash of another file", "HASH_MISMATCH", pdf(t, 3000), pdf(t, 3000), "application/pdf"},
			{"a PNG declared as PDF", "TYPE_MISMATCH", png, png, "application/pdf"},
			{"HTML declared as JPEG", "TYPE_MISMATCH", []byte("<html><script>alert(1)</script></html>"), []byte("<html><script>alert(1)</script></html>"), "image/jpeg"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				in := newDocInput(e.Fixture.OrgA, "x", c.contentType, c.declared)
				in["size"] = len(c.sent)
				f, errs := request(t, e, staff, in)
				require.Empty(t, errs)
				code, body := post(t, e, f, c.sent, nil)
				require.True(t, code/100 == 2, "HTTP %d: %s", code, body)
				_, errs = complete(t, e, staff, f.UploadID)
				require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
				require.Equal(t, c.reason, errs[0].Extensions["reason"])

				up := e.App.Client.DocumentUpload.Query().Where(documentupload.ObjectKey(uploadKey(t, e, f.UploadID))).OnlyX(system())
				require.Equal(t, documentupload.StatusPENDING, up.Status, "no version was made")
				for _, key := range []string{up.ObjectKey, "documents/" + strings.TrimPrefix(up.ObjectKey, "uploads/")} {
					_, err := e.App.Store.Stat(context.Background(), key)
					require.ErrorIs(t, err, storage.ErrNotFound, "refused bytes are removed (%s)", key)
				}
			})
		}
		require.Zero(t, e.App.Client.Document.Query().CountX(system()), "no document was made")
		require.Zero(t, e.App.Client.DocumentVersion.Query().CountX(system()))
	})
}

func uploadKey(t *testing.T, e *testenv.Env, id string) string {
	t.Helper()
	var n int
	for _, c := range id {
		n = n*10 + int(c-'0')
	}
	return e.App.Client.DocumentUpload.GetX(system(), n).ObjectKey
}

func TestDocumentPermissions(t *testing.T) {
	eachStore(t, func(t *testing.T, e *testenv.Env) {
		staff := e.Login("staff")
		data := pdf(t, 512)
		d := upload(t, e, staff, newDocInput(e.Fixture.OrgA, "a.pdf", "application/pdf", data), data)

		// An NGO member reads their organisation's documents, and who uploaded
		// them, though not the staff member's account.
		ngo := e.Login("ngo")
		var seen struct {
			Node struct{ Current struct{ UploaderName string } }
		}
		e.MustDo(ngo, `query($id:ID!){ node(id:$id){ ... on Document { current { uploaderName } } } }`,
			map[string]any{"id": d.ID}, &seen)
		require.Equal(t, e.App.Client.User.GetX(system(), e.Fixture.Users["staff"]).DisplayName, seen.Node.Current.UploaderName)

		// An NGO member attaches to their own organisation only.
		upload(t, e, ngo, newDocInput(e.Fixture.OrgA, "own.pdf", "application/pdf", data), data)
		_, errs := request(t, e, ngo, newDocInput(e.Fixture.OrgB, "other.pdf", "application/pdf", data))
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
		// nor to another organisation's document, which they cannot even see.
		ngo2 := e.Login("ngo2")
		_, errs = request(t, e, ngo2, map[string]any{"documentID": d.ID, "filename": "a.pdf",
			"contentType": "application/pdf", "size": len(data), "sha256": sum(data)})
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
		errs = e.Do(ngo2, downloadURL, map[string]any{"id": d.Current.ID, "inline": false}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())

		// Read-only roles read but do not attach.
		expert := e.Login("expert")
		_, errs = request(t, e, expert, newDocInput(e.Fixture.OrgA, "a.pdf", "application/pdf", data))
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
		resp, _ := download(t, e, expert, d.Current.ID, false)
		require.Equal(t, 200, resp.StatusCode)

		// Someone without any role gets FORBIDDEN for both.
		admin := e.Login("admin")
		e.MustDo(admin, `mutation{ createUser(input:{username:"nobody", displayName:"无角色", password:"nobody-pass-1"}){ id } }`, nil, nil)
		nobody := e.LoginWith("nobody", "nobody-pass-1")
		_, errs = request(t, e, nobody, newDocInput(e.Fixture.OrgA, "a.pdf", "application/pdf", data))
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
		errs = e.Do(nobody, downloadURL, map[string]any{"id": d.Current.ID, "inline": false}, nil)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())

		// Another county's admin cannot attach to this county's organisations.
		_, errs = request(t, e, e.Login("anji"), newDocInput(e.Fixture.OrgA, "a.pdf", "application/pdf", data))
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())

		// An upload is completed by its uploader only.
		f, errs := request(t, e, staff, newDocInput(e.Fixture.OrgA, "b.pdf", "application/pdf", data))
		require.Empty(t, errs)
		code, _ := post(t, e, f, data, nil)
		require.Equal(t, 2, code/100)
		_, errs = complete(t, e, ngo, f.UploadID)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
	})
}

func TestDocumentDeleteAndExpiry(t *testing.T) {
	eachStore(t, func(t *testing.T, e *testenv.Env) {
		staff := e.Login("staff")
		data := pdf(t, 512)
		in := newDocInput(e.Fixture.OrgA, "cert.pdf", "application/pdf", data)
		now := e.App.Docs.Now()
		in["expiresOn"] = now.Add(10 * 24 * time.Hour).Format(time.RFC3339)
		d := upload(t, e, staff, in, data)

		var out struct {
			Node struct {
				Expiry          string
				DaysUntilExpiry *int
			}
		}
		q := `query($id:ID!){ node(id:$id){ ... on Document { expiry daysUntilExpiry } } }`
		e.MustDo(staff, q, map[string]any{"id": d.ID}, &out)
		require.Equal(t, "EXPIRING_SOON", out.Node.Expiry)
		require.NotNil(t, out.Node.DaysUntilExpiry)
		require.InDelta(t, 10, *out.Node.DaysUntilExpiry, 1)

		var del struct {
			DeleteDocument struct{ DeletedAt *time.Time }
		}
		e.MustDo(staff, `mutation($id:ID!){ deleteDocument(id:$id){ deletedAt } }`, map[string]any{"id": d.ID}, &del)
		require.NotNil(t, del.DeleteDocument.DeletedAt)
		errs := e.Do(staff, `mutation($id:ID!){ deleteDocument(id:$id){ id } }`, map[string]any{"id": d.ID}, nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())
		errs = e.Do(staff, downloadURL, map[string]any{"id": d.Current.ID, "inline": false}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes(), "no links to deleted documents")
	})
}

func TestDocumentCleanup(t *testing.T) {
	eachStore(t, func(t *testing.T, e *testenv.Env) {
		staff := e.Login("staff")
		ctx := context.Background()
		data := pdf(t, 512)
		kept := upload(t, e, staff, newDocInput(e.Fixture.OrgA, "kept.pdf", "application/pdf", data), data)
		gone := upload(t, e, staff, newDocInput(e.Fixture.OrgA, "gone.pdf", "application/pdf", data), data)
		e.MustDo(staff, `mutation($id:ID!){ deleteDocument(id:$id){ id } }`, map[string]any{"id": gone.ID}, nil)
		// An upload that was posted but never completed.
		f, errs := request(t, e, staff, newDocInput(e.Fixture.OrgA, "left.pdf", "application/pdf", data))
		require.Empty(t, errs)
		code, _ := post(t, e, f, data, nil)
		require.Equal(t, 2, code/100)
		stale := uploadKey(t, e, f.UploadID)
		goneKey := e.App.Client.DocumentVersion.Query().AllX(system())
		var goneObj, keptObj string
		for _, v := range goneKey {
			if testenv.ID(v.DocumentID) == gone.ID {
				goneObj = v.ObjectKey
			} else if testenv.ID(v.DocumentID) == kept.ID {
				keptObj = v.ObjectKey
			}
		}

		// Nothing is due yet.
		rep, err := e.App.Docs.Cleanup(ctx, e.App.Client)
		require.NoError(t, err)
		require.Zero(t, rep.StaleUploads+rep.PurgedDocuments)

		// A day and the retention period later, two runs at once do it once.
		start := time.Now()
		e.App.Docs.Now = func() time.Time { return start.Add(e.App.Docs.Retention + 25*time.Hour) }
		var wg sync.WaitGroup
		errc := make(chan error, 2)
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := e.App.Docs.Cleanup(ctx, e.App.Client)
				errc <- err
			}()
		}
		wg.Wait()
		close(errc)
		for err := range errc {
			require.NoError(t, err)
		}
		rep, err = e.App.Docs.Cleanup(ctx, e.App.Client)
		require.NoError(t, err)
		require.Zero(t, rep.StaleUploads+rep.PurgedDocuments, "a third run finds nothing left")

		for _, key := range []string{stale, goneObj} {
			_, err := e.App.Store.Stat(ctx, key)
			require.ErrorIs(t, err, storage.ErrNotFound, key)
		}
		_, err = e.App.Store.Stat(ctx, keptObj)
		require.NoError(t, err, "a live document's file stays")
		require.Zero(t, e.App.Client.DocumentUpload.Query().CountX(system()), "upload rows are removed")
		versionsLeft := e.App.Client.DocumentVersion.Query().AllX(system())
		require.Len(t, versionsLeft, 1, "the purged document's versions are removed with their files")
		require.Equal(t, keptObj, versionsLeft[0].ObjectKey)
	})
}

func TestDocumentStoreUnavailable(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		m := testenv.StartMinIO(t)
		e := testenv.NewWithStore(t, d, testenv.BucketOn(t, m.MinIOServer))
		staff := e.Login("staff")
		data := pdf(t, 2048)
		in := newDocInput(e.Fixture.OrgA, "a.pdf", "application/pdf", data)

		// A form issued before the outage; the file arrives before it too.
		before, errs := request(t, e, staff, in)
		require.Empty(t, errs)
		code, body := post(t, e, before, data, nil)
		require.Equal(t, 2, code/100, body)

		m.Stop()
		_, errs = request(t, e, staff, in)
		require.Equal(t, []string{"UNAVAILABLE"}, errs.Codes())
		_, errs = complete(t, e, staff, before.UploadID)
		require.Equal(t, []string{"UNAVAILABLE"}, errs.Codes())
		// The rest of the API answers.
		var orgs struct{ Organizations struct{ TotalCount int } }
		e.MustDo(staff, `{ organizations(first:1){ totalCount } }`, nil, &orgs)
		require.Positive(t, orgs.Organizations.TotalCount)
		require.Zero(t, e.App.Client.DocumentVersion.Query().CountX(system()), "no version without its object")

		m.Start()
		d1, errs := complete(t, e, staff, before.UploadID)
		require.Empty(t, errs, "the same upload completes once storage is back")
		resp, got := download(t, e, staff, d1.Current.ID, false)
		require.Equal(t, 200, resp.StatusCode)
		require.Equal(t, sum(data), sum(got))
		upload(t, e, staff, in, data)

		// Every version points at an object that exists.
		for _, v := range e.App.Client.DocumentVersion.Query().AllX(system()) {
			_, err := e.App.Store.Stat(context.Background(), v.ObjectKey)
			require.NoError(t, err, "version %d", v.ID)
		}
	})
}

// TestConcurrentVersions: completions racing on one document each get their
// own version number, and the newest is current.
func TestConcurrentVersions(t *testing.T) {
	eachStore(t, func(t *testing.T, e *testenv.Env) {
		staff := e.Login("staff")
		data := pdf(t, 256)
		d := upload(t, e, staff, newDocInput(e.Fixture.OrgA, "v.pdf", "application/pdf", data), data)
		const n = 6
		forms := make([]uploadForm, n)
		for i := range forms {
			v := pdf(t, 256+i)
			f, errs := request(t, e, staff, map[string]any{"documentID": d.ID, "filename": "v.pdf",
				"contentType": "application/pdf", "size": len(v), "sha256": sum(v)})
			require.Empty(t, errs)
			code, body := post(t, e, f, v, nil)
			require.Equal(t, 2, code/100, body)
			forms[i] = f
		}
		var wg sync.WaitGroup
		results := make([]testenv.Errors, n)
		for i := range forms {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, results[i] = complete(t, e, staff, forms[i].UploadID)
			}()
		}
		wg.Wait()
		for i, errs := range results {
			require.Empty(t, errs, "completion %d", i)
		}
		var numbers []int
		for _, v := range e.App.Client.DocumentVersion.Query().AllX(system()) {
			numbers = append(numbers, v.Number)
		}
		require.ElementsMatch(t, []int{1, 2, 3, 4, 5, 6, 7}, numbers)
		var out struct {
			Node struct {
				VersionCount int
				Current      struct{ Number int }
			}
		}
		e.MustDo(staff, `query($id:ID!){ node(id:$id){ ... on Document { versionCount current { number } } } }`,
			map[string]any{"id": d.ID}, &out)
		require.Equal(t, n+1, out.Node.VersionCount)
		require.Equal(t, n+1, out.Node.Current.Number)
	})
}

// TestExpiringDocumentsAcrossTheCounty: staff list what expires soon in
// every organisation; an NGO member sees only their own.
func TestExpiringDocumentsAcrossTheCounty(t *testing.T) {
	eachStore(t, func(t *testing.T, e *testenv.Env) {
		staff := e.Login("staff")
		data := pdf(t, 300)
		soon := e.App.Docs.Now().Add(7 * 24 * time.Hour).Format(time.RFC3339)
		later := e.App.Docs.Now().Add(400 * 24 * time.Hour).Format(time.RFC3339)
		for _, c := range []struct {
			org     int
			expires string
		}{{e.Fixture.OrgA, soon}, {e.Fixture.OrgB, soon}, {e.Fixture.OrgA, later}} {
			in := newDocInput(c.org, "cert.pdf", "application/pdf", data)
			in["expiresOn"] = c.expires
			upload(t, e, staff, in, data)
		}
		q := `query($before:Time!){ documents(first:50, where:{expiresOnLTE:$before, deletedAtIsNil:true}, orderBy:{field:EXPIRES_ON}){
			totalCount edges { node { organization { id } expiry } } } }`
		type result struct {
			Documents struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Organization struct{ ID string }
						Expiry       string
					}
				}
			}
		}
		before := map[string]any{"before": e.App.Docs.Now().Add(30 * 24 * time.Hour).Format(time.RFC3339)}
		var all result
		e.MustDo(staff, q, before, &all)
		require.Equal(t, 2, all.Documents.TotalCount)
		for _, edge := range all.Documents.Edges {
			require.Equal(t, "EXPIRING_SOON", edge.Node.Expiry)
		}
		var own result
		e.MustDo(e.Login("ngo"), q, before, &own)
		require.Equal(t, 1, own.Documents.TotalCount)
		require.Equal(t, testenv.ID(e.Fixture.OrgA), own.Documents.Edges[0].Node.Organization.ID)
	})
}

// A completed upload's form cannot be used again: the embedded store refuses
// it (409), and what MinIO, which cannot revoke a presigned form, accepts is
// removed by the first clean-up after the form expires.
func TestCompletedUploadFormIsSpent(t *testing.T) {
	eachStore(t, func(t *testing.T, e *testenv.Env) {
		staff := e.Login("staff")
		ctx := context.Background()
		data := pdf(t, 512)
		f, errs := request(t, e, staff, newDocInput(e.Fixture.OrgA, "once.pdf", "application/pdf", data))
		require.Empty(t, errs)
		code, body := post(t, e, f, data, nil)
		require.Equal(t, 2, code/100, body)
		d, errs := complete(t, e, staff, f.UploadID)
		require.Empty(t, errs)

		code, body = post(t, e, f, data, nil)
		key := uploadKey(t, e, f.UploadID)
		if _, local := e.App.Store.(*storage.Local); local {
			require.Equal(t, http.StatusConflict, code, body)
			require.Contains(t, body, "completed already")
			_, err := e.App.Store.Stat(ctx, key)
			require.ErrorIs(t, err, storage.ErrNotFound, "nothing lands at the upload key")
		} else {
			require.Equal(t, 2, code/100, "MinIO accepts a presigned form until it expires: %s", body)
		}

		// Before the form expires the clean-up leaves the row; after, the
		// row and any re-posted bytes go, and the document stays.
		rep, err := e.App.Docs.Cleanup(ctx, e.App.Client)
		require.NoError(t, err)
		require.Zero(t, rep.StaleUploads)
		start := time.Now()
		e.App.Docs.Now = func() time.Time { return start.Add(documents.FormExpiry + time.Minute) }
		rep, err = e.App.Docs.Cleanup(ctx, e.App.Client)
		require.NoError(t, err)
		require.Equal(t, 1, rep.StaleUploads)
		_, err = e.App.Store.Stat(ctx, key)
		require.ErrorIs(t, err, storage.ErrNotFound, "re-posted bytes are removed")
		resp, got := download(t, e, staff, d.Current.ID, false)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		require.Equal(t, data, got, "the completed document is untouched")
	})
}
