package graph_test

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// Documents are tested on every database and every store.
func eachStore(t *testing.T, f func(t *testing.T, e *testenv.Env)) {
	for _, b := range testenv.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
				f(t, testenv.NewWithStore(t, d, b.Open(t)))
			})
		})
	}
}

const requestUpload = `mutation($in:RequestDocumentUploadInput!){ requestDocumentUpload(input:$in){
	uploadID url method fileField expiresAt maxSize fields { name value } } }`

const completeUpload = `mutation($id:ID!){ completeDocumentUpload(uploadID:$id){
	id title category versionCount current { id number filename contentType size sha256 uploaderName } } }`

type uploadForm struct {
	UploadID  string
	URL       string
	Method    string
	FileField string
	MaxSize   int64
	Fields    []struct{ Name, Value string }
}

type docVersion struct {
	ID           string
	Number       int
	Filename     string
	ContentType  string
	Size         int64
	Sha256       string
	UploaderName string
}

type doc struct {
	ID           string
	Title        string
	Category     string
	VersionCount int
	Current      docVersion
}

// pdf returns n bytes that start like a PDF.
func pdf(t *testing.T, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	_, err := rand.Read(b)
	require.NoError(t, err)
	copy(b, "%PDF-1.7\n")
	return b
}

func sum(b []byte) string { h := sha256.Sum256(b); return hex.EncodeToString(h[:]) }

// newDocInput declares data as a new document of organisation orgID.
func newDocInput(orgID int, filename, contentType string, data []byte) map[string]any {
	return map[string]any{
		"organizationID": testenv.ID(orgID), "category": "REGISTRATION_CERTIFICATE",
		"filename": filename, "contentType": contentType, "size": len(data), "sha256": sum(data),
	}
}

func request(t *testing.T, e *testenv.Env, token string, in map[string]any) (uploadForm, testenv.Errors) {
	t.Helper()
	var out struct{ RequestDocumentUpload uploadForm }
	errs := e.Do(token, requestUpload, map[string]any{"in": in}, &out)
	return out.RequestDocumentUpload, errs
}

// post sends data with form as a browser does (fields in order, file last)
// and returns the HTTP status and body.
func post(t *testing.T, e *testenv.Env, f uploadForm, data []byte, override map[string]string) (int, string) {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for _, fl := range f.Fields {
		v := fl.Value
		if o, ok := override[fl.Name]; ok {
			v = o
		}
		require.NoError(t, w.WriteField(fl.Name, v))
	}
	part, err := w.CreateFormFile(f.FileField, "upload.bin")
	require.NoError(t, err)
	_, err = part.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	req, err := http.NewRequest(f.Method, absolute(e, f.URL), &body)
	require.NoError(t, err)
	req.Header.Set("Content-Type", w.FormDataContentType())
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// absolute resolves the local store's relative links against the server.
func absolute(e *testenv.Env, u string) string {
	if strings.HasPrefix(u, "/") {
		return e.URL + u
	}
	return u
}

func complete(t *testing.T, e *testenv.Env, token, uploadID string) (doc, testenv.Errors) {
	t.Helper()
	var out struct{ CompleteDocumentUpload doc }
	errs := e.Do(token, completeUpload, map[string]any{"id": uploadID}, &out)
	return out.CompleteDocumentUpload, errs
}

// upload runs the whole flow and fails the test on any refusal.
func upload(t *testing.T, e *testenv.Env, token string, in map[string]any, data []byte) doc {
	t.Helper()
	f, errs := request(t, e, token, in)
	require.Empty(t, errs)
	code, body := post(t, e, f, data, nil)
	require.True(t, code/100 == 2, "upload: HTTP %d: %s", code, body)
	d, errs := complete(t, e, token, f.UploadID)
	require.Empty(t, errs)
	return d
}

const downloadURL = `query($id:ID!,$inline:Boolean){ node(id:$id){ ... on DocumentVersion { downloadURL(inline:$inline) } } }`

func download(t *testing.T, e *testenv.Env, token, versionID string, inline bool) (*http.Response, []byte) {
	t.Helper()
	var out struct{ Node struct{ DownloadURL string } }
	e.MustDo(token, downloadURL, map[string]any{"id": versionID, "inline": inline}, &out)
	require.NotEmpty(t, out.Node.DownloadURL)
	resp, err := http.Get(absolute(e, out.Node.DownloadURL))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, b
}
