package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/document"
	"hatchery/ent/organization"
	"hatchery/internal/orgtype"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

// shelved is one document of a shelf.
type shelved struct {
	id    int
	title string
}

// shelf is one organisation's documents, in id order.
type shelf []shelved

// addShelves gives Deqing one organisation per count, each with that many
// documents, of which it deletes three of the last's: titles run against ids
// so that an order by title is not the id order. It returns every
// organisation's documents, and those not deleted.
func addShelves(t *testing.T, e *testenv.Env, counts ...int) (orgs []int, all, live map[int]shelf) {
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	c := e.App.Client
	all, live = map[int]shelf{}, map[int]shelf{}
	for i, n := range counts {
		o := c.Organization.Create().SetDomainID(e.Fixture.Deqing).
			SetName(fmt.Sprintf("书架测试组织%02d", i)).
			SetUscc(uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 60000+i)).
			SetKind(organization.KindSOCIAL_GROUP).SetStage(organization.StageSEEDLING).
			SetServiceFields([]orgtype.ServiceField{orgtype.Other}).SaveX(ctx)
		orgs = append(orgs, o.ID)
		deleted := 0
		if i == len(counts)-1 {
			deleted = 3
		}
		for j := range n {
			d := c.Document.Create().SetDomainID(e.Fixture.Deqing).SetOwnerKind("organization").SetOwnerID(o.ID).
				SetCategory(document.CategoryOTHER).SetTitle(fmt.Sprintf("文件%02d", (n-j)*7%100)).SaveX(ctx)
			row := shelved{d.ID, d.Title}
			all[o.ID] = append(all[o.ID], row)
			if j%2 == 1 && deleted > 0 {
				deleted--
				c.Document.UpdateOneID(d.ID).SetDeletedAt(time.Now()).ExecX(ctx)
				continue
			}
			live[o.ID] = append(live[o.ID], row)
		}
	}
	return orgs, all, live
}

type nestedDocs struct {
	Organizations struct {
		Edges []struct {
			Node struct {
				ID        string
				Documents struct {
					TotalCount int
					Edges      []struct {
						Cursor string
						Node   struct{ ID, Title string }
					}
					PageInfo struct{ HasNextPage, HasPreviousPage bool }
				}
			}
		}
	}
}

// TestNestedDocumentsAreEachOrganisationsOwnPage: a documents connection
// inside the organisation list gives every organisation its own page of its
// own documents — first, last, after, a filter and an order by title alike — on
// PostgreSQL through the per-parent LATERAL read (internal/perparent), on
// SQLite through entgql's ROW_NUMBER window.
func TestNestedDocumentsAreEachOrganisationsOwnPage(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		orgs, all, live := addShelves(t, e, 0, 1, 3, 4, 9, 7)
		ids := make([]string, len(orgs))
		for i, id := range orgs {
			ids[i] = testenv.ID(id)
		}
		const list = `query($ids: [ID!]%s) { organizations(first: 50, where: {idIn: $ids}) { edges { node { id
			documents%s { totalCount edges { cursor node { id title } } pageInfo { hasNextPage hasPreviousPage } } } } } }`
		ask := func(token, args string, vars map[string]any) nestedDocs {
			var out nestedDocs
			if vars == nil {
				vars = map[string]any{}
			}
			vars["ids"] = ids
			decl := ""
			if strings.Contains(args, "$after") {
				decl = ", $after: Cursor"
			}
			e.MustDo(token, fmt.Sprintf(list, decl, args), vars, &out)
			require.Len(t, out.Organizations.Edges, len(orgs))
			return out
		}
		// checkOn compares each organisation's page with want(its shelf); a
		// backward page's "more" is before it, a forward page's after it.
		checkOn := func(shelves map[int]shelf, backward bool, out nestedDocs, want func(shelf) (page shelf, more bool)) {
			for _, edge := range out.Organizations.Edges {
				id, err := strconv.Atoi(edge.Node.ID)
				require.NoError(t, err)
				page, more := want(shelves[id])
				got := edge.Node.Documents
				require.Len(t, got.Edges, len(page), "organisation %d", id)
				for i, doc := range page {
					require.Equal(t, testenv.ID(doc.id), got.Edges[i].Node.ID, "organisation %d, row %d", id, i)
					require.Equal(t, doc.title, got.Edges[i].Node.Title)
				}
				flag := got.PageInfo.HasNextPage
				if backward {
					flag = got.PageInfo.HasPreviousPage
				}
				require.Equal(t, more, flag, "organisation %d: %+v", id, got.PageInfo)
			}
		}
		check := func(out nestedDocs, want func(shelf) (shelf, bool)) { checkOn(all, false, out, want) }
		byTitleDesc := func(s shelf) shelf {
			s = slices.Clone(s)
			slices.SortStableFunc(s, func(a, b shelved) int {
				if c := strings.Compare(b.title, a.title); c != 0 {
					return c
				}
				return b.id - a.id
			})
			return s
		}

		for _, viewer := range []string{"admin", "root"} {
			token := e.Login(viewer)
			stop := e.RecordSQL()
			check(ask(token, "(first: 3)", nil), func(s shelf) (shelf, bool) { return s[:min(3, len(s))], len(s) > 3 })
			statements := stop()
			checkOn(live, false, ask(token, "(first: 3, where: {deletedAtIsNil: true})", nil), func(s shelf) (shelf, bool) { return s[:min(3, len(s))], len(s) > 3 })
			checkOn(all, true, ask(token, "(last: 2)", nil), func(s shelf) (shelf, bool) { return s[max(0, len(s)-2):], len(s) > 2 })
			check(ask(token, "(first: 2, orderBy: {field: TITLE, direction: DESC})", nil), func(s shelf) (shelf, bool) {
				s = byTitleDesc(s)
				return s[:min(2, len(s))], len(s) > 2
			})

			// A cursor is an id, the same for every organisation: after the
			// ninth-document organisation's third, each organisation's page
			// holds its documents with a larger id.
			nine := ask(token, "(first: 3)", nil).Organizations.Edges[4].Node.Documents.Edges
			cut := nine[2]
			cutID, _ := strconv.Atoi(cut.Node.ID)
			check(ask(token, "(first: 2, after: $after)", map[string]any{"after": cut.Cursor}), func(s shelf) (shelf, bool) {
				s = slices.DeleteFunc(slices.Clone(s), func(d shelved) bool { return d.id <= cutID })
				return s[:min(2, len(s))], len(s) > 2
			})

			// Without pageInfo, no row past the page is read (perparent.Rows):
			// the answer is the same, from LIMIT 3 where pageInfo costs LIMIT 4.
			var bare nestedDocs
			stop = e.RecordSQL()
			e.MustDo(token, `query($ids: [ID!]) { organizations(first: 50, where: {idIn: $ids}) { edges { node { id
				documents(first: 3) { totalCount edges { cursor node { id title } } } } } } }`, map[string]any{"ids": ids}, &bare)
			bareStatements := strings.Join(stop(), "\n")
			require.Len(t, bare.Organizations.Edges, len(orgs))
			for _, edge := range bare.Organizations.Edges {
				id, err := strconv.Atoi(edge.Node.ID)
				require.NoError(t, err)
				want := all[id][:min(3, len(all[id]))]
				require.Len(t, edge.Node.Documents.Edges, len(want), "organisation %d", id)
				for i, doc := range want {
					require.Equal(t, testenv.ID(doc.id), edge.Node.Documents.Edges[i].Node.ID)
				}
				require.Equal(t, len(all[id]), edge.Node.Documents.TotalCount)
			}

			// Which way the page was read: the test would pass on the window
			// form too, so say which one ran.
			joined := strings.Join(statements, "\n")
			if d.Name == "postgres" {
				require.Contains(t, joined, "LATERAL", "%s: the documents are read per organisation", viewer)
				require.NotContains(t, strings.ToUpper(joined), "ROW_NUMBER")
				require.Contains(t, joined, "LIMIT 4)", "pageInfo asked: one row past the page")
				require.Contains(t, bareStatements, "LIMIT 3)", "no pageInfo: the page alone")
				require.NotContains(t, bareStatements, "LIMIT 4)")
			} else {
				require.Contains(t, strings.ToUpper(joined), "ROW_NUMBER", "%s: SQLite keeps entgql's window", viewer)
			}
		}
	})
}
