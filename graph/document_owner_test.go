package graph_test

import (
	"context"
	"strconv"
	"testing"

	"entgo.io/ent/dialect/sql"
	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/internal/apperr"
	"hatchery/internal/documents/owner"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/viewer"
)

// profileOwner is a kind of owner that exists only in these tests: a
// user's own profile. Registering it is all a new kind needs: no column,
// no edge, no migration.
type profileOwner struct{}

const profileKind = "test-profile"

func init() { owner.Register(profileKind, profileOwner{}) }

func (profileOwner) MayAttach(ctx context.Context, _ *gen.Client, id int) error {
	if v := viewer.FromContext(ctx); v != nil && v.UserID == id {
		return nil
	}
	return apperr.ErrForbidden
}

func (profileOwner) ReadableOwn(v *viewer.Viewer, ownerID string) *sql.Predicate {
	return sql.EQ(ownerID, v.UserID)
}

// TestDocumentOwnerKindNeedsNoSchemaChange: a document attaches to a record
// of a kind registered only in test code, and the one privacy rule asks
// that kind who may attach and who may read through the owner.
func TestDocumentOwnerKindNeedsNoSchemaChange(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx := context.Background()
		as := func(username string, orgs ...int) context.Context {
			c := viewerCtx(ctx, e, username)
			viewer.FromContext(c).OrgIDs = orgs
			return c
		}
		ngo := as("ngo", e.Fixture.OrgA)
		create := func(ctx context.Context, kind string, id int) (*gen.Document, error) {
			return e.App.Client.Document.Create().SetDomainID(e.Fixture.Deqing).
				SetOwnerKind(kind).SetOwnerID(id).
				SetCategory(document.CategoryPHOTO).SetTitle("证件照").Save(ctx)
		}

		// May attach: the kind decides.
		mine, err := create(ngo, profileKind, e.Fixture.Users["ngo"])
		require.NoError(t, err)
		_, err = create(ngo, profileKind, e.Fixture.Users["ngo2"])
		require.Equal(t, apperr.Forbidden, apperr.CodeOf(err))
		_, err = create(ngo, "no-such-kind", 1)
		require.Equal(t, apperr.BadUserInput, apperr.CodeOf(err))

		// May read through the owner: the kind decides for read_own; who
		// reads the whole county (staff) reads it as any document.
		get := `query($id:ID!){ node(id:$id){ ... on Document { title } } }`
		id := map[string]any{"id": strconv.Itoa(mine.ID)}
		var seen struct{ Node struct{ Title string } }
		e.MustDo(e.Login("ngo"), get, id, &seen)
		require.Equal(t, "证件照", seen.Node.Title)
		errs := e.Do(e.Login("ngo2"), get, id, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
		e.MustDo(e.Login("staff"), get, id, &seen)
	})
}
