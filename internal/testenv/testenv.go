// Package testenv starts the real platform for black-box tests: a migrated
// database (SQLite or PostgreSQL, from internal/testdb), the assembled core,
// the HTTP handler on a loopback port, and a fixture of two counties with
// users in every role. Tests speak GraphQL over HTTP, as clients do.
package testenv

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/domain"
	"hatchery/ent/organization"
	"hatchery/ent/roleassignment"
	"hatchery/internal/app"
	"hatchery/internal/db"
	"hatchery/internal/demo"
	"hatchery/internal/orgtype"
	"hatchery/internal/password"
	"hatchery/internal/storage"
	"hatchery/internal/testdb"
	"hatchery/internal/uscc"
	"hatchery/server"
)

// Password is every fixture user's password.
const Password = "fixture-pass-1"

// Env is one running platform.
type Env struct {
	T       testing.TB
	App     *app.App
	URL     string
	Dialect string
	// Statements counts SQL statements sent by the ent client.
	Statements atomic.Int64
	Fixture    Fixture

	mu        sync.Mutex
	sleeps    []time.Duration
	recording bool
	recorded  []string
}

// RecordSQL starts recording the ent client's statements (ent's debug log
// line of each: the query text and its arguments); the function it returns
// stops recording and returns them.
func (e *Env) RecordSQL() func() []string {
	e.mu.Lock()
	e.recording, e.recorded = true, nil
	e.mu.Unlock()
	return func() []string {
		e.mu.Lock()
		defer e.mu.Unlock()
		e.recording = false
		return e.recorded
	}
}

// Fixture holds the ids tests refer to.
type Fixture struct {
	Deqing, Anji int
	// Pingyang is the demo's second county (py-admin, py-staff, py-ngo).
	Pingyang int
	// Users by username: the demo ones (admin, staff, ngo, expert, party,
	// purchaser, finance) plus ngo2 (member of OrgB), anji (Anji bureau admin)
	// and root (platform admin).
	Users map[string]int
	// OrgA is ngo's organisation, OrgB ngo2's, AnjiOrg one of Anji's.
	OrgA, OrgB, AnjiOrg int
}

// Dialects runs f once per database.
func Dialects(t *testing.T, f func(t *testing.T, d testdb.Dialect)) {
	for _, d := range testdb.Dialects() {
		t.Run(d.Name, func(t *testing.T) { f(t, d) })
	}
}

// New starts a platform on a fresh database of dialect d, keeping documents
// in a local folder.
func New(t testing.TB, d testdb.Dialect) *Env {
	t.Helper()
	return newEnv(t, d, LocalStore(t), server.Config{})
}

// NewWithConfig is New with the HTTP layer configured by cfg (trusted
// proxies, say); the rest of cfg (database, storage) is not used.
func NewWithConfig(t testing.TB, d testdb.Dialect, cfg server.Config) *Env {
	t.Helper()
	return newEnv(t, d, LocalStore(t), cfg)
}

func newEnv(t testing.TB, d testdb.Dialect, store storage.Store, cfg server.Config) *Env {
	t.Helper()
	ctx := context.Background()
	e := &Env{T: t}
	a := openApp(t, d.Name, d.DSN(t), store, gen.Debug(), gen.Log(func(a ...any) {
		e.Statements.Add(1)
		e.mu.Lock()
		if e.recording {
			e.recorded = append(e.recorded, fmt.Sprint(a...))
		}
		e.mu.Unlock()
		if os.Getenv("HATCHERY_TEST_SQL_LOG") != "" {
			t.Log(a...)
		}
	}))
	a.Auth.Hash = password.Fast // production parameters cost ~100ms a hash: too slow for tests
	a.Auth.Sleep = func(_ context.Context, d time.Duration) {
		e.mu.Lock()
		e.sleeps = append(e.sleeps, d)
		e.mu.Unlock()
	}
	e.App, e.Dialect = a, a.DB.Dialect
	e.Fixture = seed(t, a)
	require.NoError(t, a.Authz.Reload(ctx))

	// Internal errors are logged, not returned: show them in the test output.
	log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelError}))
	srv := httptest.NewServer(server.Handler(a, cfg, log))
	t.Cleanup(srv.Close)
	e.URL = srv.URL
	return e
}

// OpenApp opens the database dsn of dialect ("sqlite" or "postgres"),
// migrates it and assembles the core over it, closed when the test ends.
func OpenApp(t testing.TB, dialect, dsn string, opts ...gen.Option) *app.App {
	t.Helper()
	return openApp(t, dialect, dsn, LocalStore(t), opts...)
}

func openApp(t testing.TB, dialect, dsn string, store storage.Store, opts ...gen.Option) *app.App {
	t.Helper()
	ctx := context.Background()
	dia := db.SQLite
	if dialect == "postgres" || dialect == db.Postgres {
		dia = db.Postgres
	}
	// A statement outside the request's own transaction can deadlock the
	// pool under load (internal/db/txguard.go): every one fails the test.
	escaped := func(_ context.Context, query string) {
		stack := debug.Stack()
		if bytes.Contains(stack, []byte("hatchery/ent.(*Tx).Commit(")) || bytes.Contains(stack, []byte("hatchery/ent.(*Tx).Rollback(")) {
			return // a commit hook after the transaction ended: its connection is back in the pool
		}
		t.Errorf("a statement ran outside the request's transaction (a second connection while the transaction holds one): %s\n%s",
			query, stack)
	}
	conn, err := db.OpenGuarded(ctx, dia, dsn, escaped, opts...)
	require.NoError(t, err)
	_, err = conn.Migrate(ctx)
	require.NoError(t, err)
	a, err := app.New(ctx, conn, store, slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})))
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	return a
}

// Sleeps returns the throttle delays the login service asked for.
func (e *Env) Sleeps() []time.Duration {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]time.Duration(nil), e.sleeps...)
}

func seed(t testing.TB, a *app.App) Fixture {
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	require.NoError(t, demo.Seed(ctx, a.Client, Password, a.Auth.Hash))
	c := a.Client
	f := Fixture{Users: map[string]int{}}
	f.Deqing = c.Domain.Query().Where(domain.Code(demo.DeqingCode)).OnlyIDX(ctx)
	f.Pingyang = c.Domain.Query().Where(domain.Code(demo.PingyangCode)).OnlyIDX(ctx)
	for _, u := range c.User.Query().AllX(ctx) {
		f.Users[u.Username] = u.ID
	}
	f.OrgA = c.Organization.Query().Where(organization.Name("德清县阳光志愿者协会")).OnlyIDX(ctx)
	f.OrgB = c.Organization.Query().Where(organization.Name("德清县社会组织服务中心")).OnlyIDX(ctx)

	hash, err := password.Hash(Password, password.Fast)
	require.NoError(t, err)
	ngo2 := c.User.Create().SetDomainID(f.Deqing).SetUsername("ngo2").SetDisplayName("另一社会组织").SetPasswordHash(hash).SaveX(ctx)
	c.RoleAssignment.Create().SetDomainID(f.Deqing).SetUserID(ngo2.ID).SetRole(roleassignment.RoleNGO_MEMBER).ExecX(ctx)
	c.Membership.Create().SetDomainID(f.Deqing).SetUserID(ngo2.ID).SetOrganizationID(f.OrgB).ExecX(ctx)
	f.Users["ngo2"] = ngo2.ID

	anji := c.Domain.Create().SetName("安吉县").SetCode("330523").SetCasePrefix("AJ").SaveX(ctx)
	f.Anji = anji.ID
	aa := c.User.Create().SetDomainID(anji.ID).SetUsername("anji").SetDisplayName("安吉民政").SetPasswordHash(hash).SaveX(ctx)
	c.RoleAssignment.Create().SetDomainID(anji.ID).SetUserID(aa.ID).SetRole(roleassignment.RoleBUREAU_ADMIN).ExecX(ctx)
	f.Users["anji"] = aa.ID
	f.AnjiOrg = c.Organization.Create().SetDomainID(anji.ID).SetName("安吉县竹文化协会").
		SetUscc(uscc.ForSocialOrg(uscc.KindSocialGroup, "330523", 7)).
		SetKind(organization.KindSOCIAL_GROUP).SetStage(organization.StageSEEDLING).
		SetServiceFields([]orgtype.ServiceField{orgtype.Culture}).SaveX(ctx).ID
	c.Membership.Create().SetDomainID(anji.ID).SetUserID(aa.ID).SetOrganizationID(f.AnjiOrg).ExecX(ctx)
	// The demo admin is a platform admin too; make "admin" a plain bureau
	// admin here and give the platform role to "root" alone (root first:
	// the last platform admin's role cannot be revoked).
	root := c.User.Create().SetDomainID(f.Deqing).SetUsername("root").SetDisplayName("平台管理员").SetPasswordHash(hash).SaveX(ctx)
	c.RoleAssignment.Create().SetDomainID(f.Deqing).SetUserID(root.ID).SetRole(roleassignment.RolePLATFORM_ADMIN).ExecX(ctx)
	c.RoleAssignment.Delete().Where(roleassignment.RoleEQ(roleassignment.RolePLATFORM_ADMIN), roleassignment.UserIDNEQ(root.ID)).ExecX(ctx)
	f.Users["root"] = root.ID
	return f
}

// Error is one GraphQL error as clients see it.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the error's extensions.code.
func (e Error) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Errors is a response's errors.
type Errors []Error

// Codes lists the errors' codes.
func (es Errors) Codes() []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Code()
	}
	return out
}

// Request is one GraphQL call.
type Request struct {
	Token    string
	Query    string
	Vars     map[string]any
	Language string // Accept-Language
	Cookie   *http.Cookie
	Header   http.Header // more request headers (X-Forwarded-For...)
}

// Response is a decoded GraphQL response plus the HTTP details.
type Response struct {
	Data   json.RawMessage `json:"data"`
	Errors Errors          `json:"errors"`
	HTTP   *http.Response  `json:"-"`
}

// Post sends r and decodes the response.
func (e *Env) Post(r Request) Response {
	e.T.Helper()
	body, err := json.Marshal(map[string]any{"query": r.Query, "variables": r.Vars})
	require.NoError(e.T, err)
	req, err := http.NewRequest(http.MethodPost, e.URL+"/query", bytes.NewReader(body))
	require.NoError(e.T, err)
	req.Header.Set("Content-Type", "application/json")
	if r.Token != "" {
		req.Header.Set("Authorization", "Bearer "+r.Token)
	}
	if r.Language != "" {
		req.Header.Set("Accept-Language", r.Language)
	}
	if r.Cookie != nil {
		req.AddCookie(r.Cookie)
	}
	for k, vs := range r.Header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(e.T, err)
	defer resp.Body.Close()
	var out Response
	raw, err := io.ReadAll(resp.Body)
	require.NoError(e.T, err)
	require.NoError(e.T, json.Unmarshal(raw, &out), "response: %s", raw)
	out.HTTP = resp
	return out
}

// Do runs query as the holder of token, decodes data into out (if non-nil)
// and returns the errors.
func (e *Env) Do(token, query string, vars map[string]any, out any) Errors {
	e.T.Helper()
	r := e.Post(Request{Token: token, Query: query, Vars: vars})
	if out != nil && len(r.Data) > 0 && string(r.Data) != "null" {
		require.NoError(e.T, json.Unmarshal(r.Data, out))
	}
	return r.Errors
}

// MustDo is Do that fails the test on any error.
func (e *Env) MustDo(token, query string, vars map[string]any, out any) {
	e.T.Helper()
	errs := e.Do(token, query, vars, out)
	require.Empty(e.T, errs, "unexpected GraphQL errors")
}

// Login logs username in with the fixture password and returns the token.
func (e *Env) Login(username string) string {
	e.T.Helper()
	return e.LoginWith(username, Password)
}

// LoginWith logs username in with password and returns the token.
func (e *Env) LoginWith(username, password string) string {
	e.T.Helper()
	var out struct {
		Login struct{ Token string } `json:"login"`
	}
	e.MustDo("", `mutation($u:String!,$p:String!){ login(username:$u, password:$p){ token } }`,
		map[string]any{"u": username, "p": password}, &out)
	require.NotEmpty(e.T, out.Login.Token)
	return out.Login.Token
}

// ID formats an ent id as a GraphQL ID.
func ID(id int) string { return itoa(id) }
