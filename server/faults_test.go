package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/internal/faultproxy"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/server"
)

// The faults PostgreSQL shows in production, made by a TCP proxy between
// the platform and a real PostgreSQL (internal/faultproxy). SQLite is a file
// in the process: it has no network to lose, so these run on PostgreSQL only.

// faultQueryTimeout is the request deadline of the handler under test:
// short, so a hung database costs the test seconds, not the default 30.
const faultQueryTimeout = 2 * time.Second

// faultEnv is the platform on PostgreSQL behind a fault proxy, with a
// handler of its own (short deadline, logs kept for the test to read).
type faultEnv struct {
	*testenv.Env
	proxy *faultproxy.Proxy
	url   string // the handler under test
	logs  *lockedBuffer
}

func newFaultEnv(t *testing.T) *faultEnv {
	t.Helper()
	var proxy *faultproxy.Proxy
	e := testenv.New(t, testdb.Dialect{Name: "postgres", DSN: func(t testing.TB) string {
		var dsn string
		proxy, dsn = faultproxy.StartFor(t, testdb.Postgres(t))
		return dsn
	}})
	logs := &lockedBuffer{}
	srv := httptest.NewServer(server.Handler(e.App, server.Config{QueryTimeout: faultQueryTimeout},
		slog.New(slog.NewJSONHandler(logs, nil))))
	t.Cleanup(srv.Close)
	t.Cleanup(func() {
		if t.Failed() { // what the server said is the first thing to read
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return &faultEnv{Env: e, proxy: proxy, url: srv.URL, logs: logs}
}

// answer is one /query response as a client sees it.
type answer struct {
	status     int
	header     http.Header
	raw        string
	errors     testenv.Errors
	data       json.RawMessage
	tookMillis int64
}

func (f *faultEnv) post(t *testing.T, token, lang, query string, vars map[string]any) answer {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	require.NoError(t, err)
	req, err := http.NewRequest(http.MethodPost, f.url+"/query", bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	start := time.Now()
	resp, err := httpClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	a := answer{status: resp.StatusCode, header: resp.Header, raw: string(raw), tookMillis: time.Since(start).Milliseconds()}
	require.Contains(t, resp.Header.Get("Content-Type"), "application/json", "%s", raw)
	var out struct {
		Data   json.RawMessage `json:"data"`
		Errors testenv.Errors  `json:"errors"`
	}
	require.NoError(t, json.Unmarshal(raw, &out), "%s", raw)
	a.errors, a.data = out.Errors, out.Data
	return a
}

func (f *faultEnv) readyz(t *testing.T) (int, string, time.Duration) {
	t.Helper()
	start := time.Now()
	resp, body := httpGet(t, f.url+"/readyz")
	return resp.StatusCode, string(body), time.Since(start)
}

// requireRetryAfter checks the answer asks the client to try again later:
// UNAVAILABLE with a reason, a Retry-After header, no driver text.
func requireRetryAfter(t *testing.T, a answer, reason string) {
	t.Helper()
	require.Len(t, a.errors, 1, a.raw)
	require.Equal(t, "UNAVAILABLE", a.errors[0].Code(), a.raw)
	require.Equal(t, reason, a.errors[0].Extensions["reason"], a.raw)
	secs, err := strconv.Atoi(a.header.Get("Retry-After"))
	require.NoError(t, err, "Retry-After header: %q", a.header.Get("Retry-After"))
	require.Positive(t, secs)
	requireNoGoErrorText(t, a.raw)
	require.NotContains(t, a.raw, "bad connection")
	require.NotContains(t, a.raw, "connection refused")
}

const orgCountQuery = `{ organizations(first: 1) { totalCount } }`

const loginMutation = `mutation($u:String!,$p:String!){ login(username:$u, password:$p){ token } }`

// TestDatabaseOutage: while PostgreSQL refuses connections, every kind of
// request (with a session, a login, a mutation, a read) answers UNAVAILABLE
// in GraphQL JSON with a Retry-After, not plain text and not INTERNAL, and
// nothing is logged at ERROR; once it is back the same requests succeed.
func TestDatabaseOutage(t *testing.T) {
	t.Parallel()
	f := newFaultEnv(t)
	admin := f.Login("admin")

	f.proxy.Refuse()

	// The session middleware cannot look the session up: 503, in JSON.
	a := f.post(t, admin, "", orgCountQuery, nil)
	require.Equal(t, http.StatusServiceUnavailable, a.status, a.raw)
	requireRetryAfter(t, a, "DATABASE_UNAVAILABLE")

	a = f.post(t, admin, "zh-CN", `mutation($id:ID!){ updateOrganization(id:$id, input:{contactPerson:"停机中", version:1}){ id } }`,
		map[string]any{"id": testenv.ID(f.Fixture.OrgA)})
	requireRetryAfter(t, a, "DATABASE_UNAVAILABLE")
	require.Contains(t, a.errors[0].Message, "数据库", "the web app shows Chinese")

	// No session needed: the failure comes from inside GraphQL.
	a = f.post(t, "", "", loginMutation, map[string]any{"u": "admin", "p": testenv.Password})
	requireRetryAfter(t, a, "DATABASE_UNAVAILABLE")
	require.Equal(t, http.StatusOK, a.status, "GraphQL over HTTP answers errors with 200")

	code, body, _ := f.readyz(t)
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.JSONEq(t, `{"status":"database unreachable"}`, body)
	// The jobs' figures cannot be read; the rest of /metrics still can.
	resp, err := http.Get(f.url + "/metrics")
	require.NoError(t, err)
	metrics, err := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(metrics))
	require.Contains(t, string(metrics), "go_sql_in_use_connections")
	require.Contains(t, string(metrics), "hatchery_graphql_requests_total")
	require.NotContains(t, f.logs.String(), `"level":"ERROR"`, "an outage is not a bug: WARN, not ERROR")
	require.Contains(t, f.logs.String(), `"level":"WARN"`)

	f.proxy.Restore()
	a = f.post(t, admin, "", orgCountQuery, nil)
	require.Empty(t, a.errors, a.raw)
	a = f.post(t, "", "", loginMutation, map[string]any{"u": "admin", "p": testenv.Password})
	require.Empty(t, a.errors, a.raw)
	code, _, _ = f.readyz(t)
	require.Equal(t, http.StatusOK, code)
	// Nothing the refused mutation asked for was written.
	org := f.App.Client.Organization.GetX(privacy.DecisionContext(context.Background(), privacy.Allow), f.Fixture.OrgA)
	require.NotEqual(t, "停机中", org.ContactPerson)
}

// TestHungDatabase: while PostgreSQL answers nothing (stopped, or packets
// dropped), /readyz answers within its timeout and a request within its
// deadline, UNAVAILABLE; the platform recovers when the database does.
func TestHungDatabase(t *testing.T) {
	t.Parallel()
	f := newFaultEnv(t)
	admin := f.Login("admin")
	a := f.post(t, admin, "", orgCountQuery, nil)
	require.Empty(t, a.errors, a.raw)

	f.proxy.Hang()

	code, body, took := f.readyz(t)
	require.Equal(t, http.StatusServiceUnavailable, code, body)
	require.Less(t, took, server.ReadyTimeout+time.Second, "/readyz must answer within its timeout")

	// With a session (looked up first, by the middleware) and without.
	for _, token := range []string{admin, ""} {
		q := orgCountQuery
		var vars map[string]any
		if token == "" {
			q, vars = loginMutation, map[string]any{"u": "admin", "p": testenv.Password}
		}
		a := f.post(t, token, "", q, vars)
		require.Len(t, a.errors, 1, a.raw)
		require.Equal(t, "UNAVAILABLE", a.errors[0].Code(), a.raw)
		require.Less(t, a.tookMillis, (faultQueryTimeout + 1500*time.Millisecond).Milliseconds(),
			"the request must end with its deadline, not wait for the database: %s", a.raw)
		requireNoGoErrorText(t, a.raw)
	}
	require.NotContains(t, f.logs.String(), `"level":"ERROR"`)

	f.proxy.Restore()
	a = f.post(t, admin, "", orgCountQuery, nil)
	require.Empty(t, a.errors, a.raw)
	code, _, _ = f.readyz(t)
	require.Equal(t, http.StatusOK, code)
}

// TestCommitOutcomeUnknown: the connection drops after PostgreSQL applied a
// COMMIT but before its answer arrived (what the outage drills saw every
// time). The client is told the outcome is unknown (UNAVAILABLE,
// COMMIT_OUTCOME_UNKNOWN, the request id, no driver text; no Retry-After: a
// blind retry could do it twice), the server logs it at ERROR with the
// request id, and the change is in fact saved.
func TestCommitOutcomeUnknown(t *testing.T) {
	t.Parallel()
	f := newFaultEnv(t)
	staff := f.Login("staff")

	f.proxy.CutAfterNextCommit()
	a := f.post(t, staff, "zh-CN", `mutation($id:ID!){ updateOrganization(id:$id, input:{contactPerson:"断线时保存", version:1}){ id } }`,
		map[string]any{"id": testenv.ID(f.Fixture.OrgA)})
	require.Len(t, a.errors, 1, a.raw)
	require.Equal(t, "UNAVAILABLE", a.errors[0].Code(), a.raw)
	require.Equal(t, "COMMIT_OUTCOME_UNKNOWN", a.errors[0].Extensions["reason"], a.raw)
	require.Contains(t, a.errors[0].Message, "确认", "tells the person to check before retrying")
	requestID := a.header.Get("X-Request-ID")
	require.NotEmpty(t, requestID)
	require.Equal(t, requestID, a.errors[0].Extensions["requestId"], a.raw)
	require.Empty(t, a.header.Get("Retry-After"), "not a plain try-again")
	requireNoGoErrorText(t, a.raw)
	require.NotContains(t, a.raw, "bad connection")
	require.NotContains(t, a.raw, "cannot commit")

	var logged map[string]any
	for _, l := range logLines(f.logs.String()) {
		if l["level"] == "ERROR" && strings.HasPrefix(l["msg"].(string), "commit outcome unknown") {
			logged = l
		}
	}
	require.NotNil(t, logged, "logged at ERROR:\n%s", f.logs.String())
	require.Equal(t, requestID, logged["request_id"])

	org := f.App.Client.Organization.GetX(privacy.DecisionContext(context.Background(), privacy.Allow), f.Fixture.OrgA)
	require.Equal(t, "断线时保存", org.ContactPerson, "the commit was applied: the answer was lost, not the write")

	// The platform goes on: the next change commits and is acknowledged.
	a = f.post(t, staff, "", `mutation($id:ID!){ updateOrganization(id:$id, input:{contactPerson:"之后", version:2}){ id } }`,
		map[string]any{"id": testenv.ID(f.Fixture.OrgA)})
	require.Empty(t, a.errors, a.raw)
}

// TestConnectionLostMidTransaction: the connection drops in the middle of a
// mutation's transaction (before its audit row is written). Nothing of the
// mutation is left: neither the change nor a row of its audit; the client
// is told to try again, and trying again works.
func TestConnectionLostMidTransaction(t *testing.T) {
	t.Parallel()
	f := newFaultEnv(t)
	staff := f.Login("staff")
	sys := privacy.DecisionContext(context.Background(), privacy.Allow)
	audits := f.App.Client.AuditLog.Query().CountX(sys)
	change := `mutation($id:ID!){ updateOrganization(id:$id, input:{contactPerson:"半途断线", version:1}){ id } }`
	vars := map[string]any{"id": testenv.ID(f.Fixture.OrgA)}

	f.proxy.DropOnNext(`INSERT INTO "audit_logs"`)
	a := f.post(t, staff, "", change, vars)
	requireRetryAfter(t, a, "DATABASE_UNAVAILABLE")
	org := f.App.Client.Organization.GetX(sys, f.Fixture.OrgA)
	require.NotEqual(t, "半途断线", org.ContactPerson, "the update rolled back with its audit row")
	require.Equal(t, 1, org.Version)
	require.Equal(t, audits, f.App.Client.AuditLog.Query().CountX(sys))

	a = f.post(t, staff, "", change, vars)
	require.Empty(t, a.errors, a.raw)
	require.Equal(t, "半途断线", f.App.Client.Organization.GetX(sys, f.Fixture.OrgA).ContactPerson)
}
