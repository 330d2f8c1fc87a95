package casework_test

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/casework"
	"hatchery/internal/letter"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestVerifyPageWithoutLetter: a forged token, or a signed one naming no
// decided case, is "cannot be verified" (404); a database that cannot
// answer is "try again" (503 with Retry-After), never a false "not genuine".
// (A genuine letter's page is checked end to end in
// graph.TestCaseFromSubmissionToRating.)
func TestVerifyPageWithoutLetter(t *testing.T) {
	a := testenv.OpenApp(t, "sqlite", testdb.SQLite(t))
	l := &casework.Letters{Secret: bytes.Repeat([]byte("k"), letter.MinSecretSize)}
	mux := http.NewServeMux()
	mux.Handle("GET /verify/{token}", casework.VerifyPage(a.Client, func() *casework.Letters { return l }, slog.New(slog.DiscardHandler)))
	get := func(token string) (*http.Response, string) {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/verify/"+token, nil))
		body, _ := io.ReadAll(rec.Result().Body)
		return rec.Result(), string(body)
	}

	resp, body := get("forged")
	require.Equal(t, http.StatusNotFound, resp.StatusCode)
	require.Contains(t, body, "无法核验")
	resp, body = get(letter.Sign(l.Secret, 424242))
	require.Equal(t, http.StatusNotFound, resp.StatusCode)
	require.Contains(t, body, "Cannot be verified")

	require.NoError(t, a.Client.Close())
	resp, body = get(letter.Sign(l.Secret, 424242))
	require.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	require.Equal(t, "60", resp.Header.Get("Retry-After"))
	require.Contains(t, body, "暂时无法核验")
	require.NotContains(t, body, "Cannot be verified")
}
