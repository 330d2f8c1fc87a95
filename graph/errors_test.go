package graph_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/graph"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

func TestRequestLimitsAndBadInput(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	staff := e.Login("staff")

	// Too deep.
	deep := `{ organizations(first:1){ edges { node { memberships { user { memberships { organization { memberships { user { memberships { organization { memberships { user { id } } } } } } } } } } } } } }`
	errs := e.Do(staff, deep, nil, nil)
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
	require.Contains(t, errs[0].Message, "depth")

	// Too complex: many aliased large pages.
	var b strings.Builder
	b.WriteString("{")
	for i := 0; i < 40; i++ {
		b.WriteString(" a")
		b.WriteString(string(rune('a' + i%26)))
		b.WriteString(string(rune('a' + i/26)))
		b.WriteString(": organizations(first:200){ edges { node { id name memberships { user { id } } } } }")
	}
	b.WriteString("}")
	errs = e.Do(staff, b.String(), nil, nil)
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())

	// A page larger than the maximum.
	errs = e.Do(staff, `query($n:Int){ organizations(first:$n){ totalCount } }`, map[string]any{"n": graph.MaxPage + 1}, nil)
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())

	// Syntax errors and unknown fields.
	require.Equal(t, []string{"BAD_USER_INPUT"}, e.Do(staff, `{ organizations { `, nil, nil).Codes())
	require.Equal(t, []string{"BAD_USER_INPUT"}, e.Do(staff, `{ nosuchfield }`, nil, nil).Codes())

	// A malformed ID and a malformed time are bad input, not server errors.
	errs = e.Do(staff, `query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": "not-a-number"}, nil)
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
	errs = e.Do(staff, `query($w:OrganizationWhereInput){ organizations(where:$w){ totalCount } }`, map[string]any{"w": map[string]any{"registeredOnGT": "yesterday"}}, nil)
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
	errs = e.Do(staff, `{ organizations(after:"garbage"){ totalCount } }`, nil, nil)
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())

	// A well-formed id of nothing.
	errs = e.Do(staff, `query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": "12884909999"}, nil)
	require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())

	// Introspection is off outside development mode.
	errs = e.Do(staff, `{ __schema { queryType { name } } }`, nil, nil)
	require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
}

func TestListFiltersOrderAndPagination(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		type page struct {
			Organizations struct {
				TotalCount int
				Edges      []struct {
					Cursor string
					Node   struct {
						Name          string
						Kind          string
						Stage         string
						Town          string
						Status        string
						ServiceFields []string
						RegisteredOn  string
					}
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		q := `query($w:OrganizationWhereInput,$o:OrganizationOrder,$n:Int,$after:Cursor){ organizations(first:$n, after:$after, where:$w, orderBy:$o){
			totalCount edges { cursor node { name kind stage town status serviceFields registeredOn } } pageInfo { hasNextPage endCursor } } }`
		run := func(w map[string]any, o map[string]any, n int, after any) page {
			var p page
			e.MustDo(staff, q, map[string]any{"w": w, "o": o, "n": n, "after": after}, &p)
			return p
		}

		p := run(map[string]any{"kind": "FOUNDATION"}, nil, 50, nil)
		require.Equal(t, 3, p.Organizations.TotalCount)
		for _, ed := range p.Organizations.Edges {
			require.Equal(t, "FOUNDATION", ed.Node.Kind)
		}
		p = run(map[string]any{"serviceField": "EDUCATION", "stage": "SEEDLING"}, nil, 50, nil)
		require.NotZero(t, p.Organizations.TotalCount)
		for _, ed := range p.Organizations.Edges {
			require.Contains(t, ed.Node.ServiceFields, "EDUCATION")
			require.Equal(t, "SEEDLING", ed.Node.Stage)
		}
		p = run(map[string]any{"nameContains": "基金会"}, nil, 50, nil)
		require.Equal(t, 3, p.Organizations.TotalCount)
		p = run(map[string]any{"town": "新市镇", "status": "ACTIVE"}, nil, 50, nil)
		for _, ed := range p.Organizations.Edges {
			require.Equal(t, "新市镇", ed.Node.Town)
		}
		p = run(map[string]any{"status": "ABNORMAL"}, nil, 50, nil)
		require.Equal(t, 1, p.Organizations.TotalCount)

		// Ordered by registration date, newest first, walked in pages by cursor.
		order := map[string]any{"field": "REGISTERED_ON", "direction": "DESC"}
		var seen []string
		var after any
		for pages := 0; ; pages++ {
			require.Less(t, pages, 12)
			p = run(nil, order, 7, after)
			for _, ed := range p.Organizations.Edges {
				seen = append(seen, ed.Node.RegisteredOn)
			}
			if !p.Organizations.PageInfo.HasNextPage {
				break
			}
			after = p.Organizations.PageInfo.EndCursor
		}
		require.Len(t, seen, 58, "the registry's 30 and the incubation demo's 28")
		for i := 1; i < len(seen); i++ {
			require.GreaterOrEqual(t, seen[i-1], seen[i], "descending registration dates")
		}

		// Without first/last a page has the default size, not the whole table.
		var def struct {
			Organizations struct{ Edges []struct{ Cursor string } }
		}
		e.MustDo(staff, `{ organizations { edges { cursor } } }`, nil, &def)
		require.Len(t, def.Organizations.Edges, graph.DefaultPage)
	})
}

func TestMalformedRequests(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	for _, body := range []string{`{"query": nope`, `[]`, `{"query": ""}`} {
		resp, err := http.Post(e.URL+"/query", "application/json", strings.NewReader(body))
		require.NoError(t, err)
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.True(t, resp.StatusCode == http.StatusBadRequest || resp.StatusCode == http.StatusUnprocessableEntity, "%s: status %d", body, resp.StatusCode)
		var out testenv.Response
		require.NoError(t, json.Unmarshal(raw, &out), "%s", raw)
		require.Equal(t, []string{"BAD_USER_INPUT"}, out.Errors.Codes(), "%s", body)
		require.NotContains(t, string(raw), "nope", "the request body is not echoed")
	}
	// A form post (what a cross-site page could send) is refused before GraphQL.
	resp, err := http.Post(e.URL+"/query", "application/x-www-form-urlencoded", strings.NewReader("query=mutation{logout}"))
	require.NoError(t, err)
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode)
	var out testenv.Response
	require.NoError(t, json.Unmarshal(raw, &out), "%s", raw)
	require.Equal(t, []string{"BAD_USER_INPUT"}, out.Errors.Codes())
}
