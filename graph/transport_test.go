package graph_test

import (
	"bytes"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/server"
)

// rawQuery sends a request to /query as is and decodes the answer, which
// must be a GraphQL error response with extensions.code.
func rawQuery(t *testing.T, e *testenv.Env, method, contentType string, body io.Reader, query url.Values) (*http.Response, testenv.Response) {
	t.Helper()
	u := e.URL + "/query"
	if query != nil {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequest(method, u, body)
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var out testenv.Response
	require.NoError(t, jsonUnmarshal(raw, &out), "%s %s: %s", method, contentType, raw)
	require.NotEmpty(t, out.Errors, "%s", raw)
	for _, er := range out.Errors {
		require.NotEmpty(t, er.Code(), "every error carries extensions.code: %s", raw)
	}
	return resp, out
}

// TestQueryTransport: /query runs POSTed JSON only, of at most MaxQueryBody
// bytes; everything else is refused before GraphQL with a JSON error that
// has extensions.code. GET is not served: it would carry the SameSite=Lax
// cookie across sites, and downloadURL writes an audit row.
func TestQueryTransport(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	q := url.Values{"query": {`{ me { id } }`}}
	resp, out := rawQuery(t, e, http.MethodGet, "", nil, q)
	require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
	require.Equal(t, []string{"BAD_USER_INPUT"}, out.Errors.Codes())
	require.Contains(t, resp.Header.Get("Allow"), "POST")

	resp, out = rawQuery(t, e, http.MethodGet, "", nil, url.Values{"query": {`mutation { logout }`}})
	require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
	require.Equal(t, []string{"BAD_USER_INPUT"}, out.Errors.Codes())

	resp, _ = rawQuery(t, e, http.MethodPut, "application/json", strings.NewReader(`{"query":"{ me { id } }"}`), nil)
	require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)

	resp, out = rawQuery(t, e, http.MethodPost, "application/graphql-response+json", strings.NewReader(`{"query":"{ me { id } }"}`), nil)
	require.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode)
	require.Equal(t, []string{"BAD_USER_INPUT"}, out.Errors.Codes())

	big := `{"query":"{ me { id } }","variables":{"pad":"` + strings.Repeat("x", server.MaxQueryBody) + `"}}`
	resp, out = rawQuery(t, e, http.MethodPost, "application/json", strings.NewReader(big), nil)
	require.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
	require.Equal(t, []string{"REQUEST_TOO_LARGE"}, reasons(out.Errors))
	// Without a Content-Length (chunked), too.
	resp, out = rawQuery(t, e, http.MethodPost, "application/json", io.MultiReader(strings.NewReader(big)), nil)
	require.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
	require.Equal(t, []string{"REQUEST_TOO_LARGE"}, reasons(out.Errors))

	// A body just under the limit is read.
	ok := `{"query":"{ me { id } }","variables":{"pad":"` + strings.Repeat("x", server.MaxQueryBody-100) + `"}}`
	req, err := http.NewRequest(http.MethodPost, e.URL+"/query", bytes.NewReader([]byte(ok)))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
}
