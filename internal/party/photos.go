package party

import (
	"cmp"
	"context"
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/internal/pageload"
)

// maxPhotos is how many photos a visit or an activity shows.
const maxPhotos = 50

// Photos are the first photos of a visit or an activity (kind is
// authz.OwnerPartyVisit or OwnerPartyActivity), oldest first, read as the
// viewer: whoever reads the record through its organisation reads them.
// A list of
// visits or activities names its rows (PageRecords), and the first row
// that asks reads every named record's photos in one statement, each
// record's cut at maxPhotos by a window: one statement for the page,
// where each row used to cost its own.
func (s *Service) Photos(ctx context.Context, c *gen.Client, kind string, id int) ([]*gen.Document, error) {
	if l := loadersFrom(ctx); l != nil {
		rows, err := l.photosOf(kind).Load(ctx, id)
		if err == nil && rows == nil {
			rows = []*gen.Document{}
		}
		return rows, err
	}
	m, err := photos(ctx, c, kind, []int{id})
	if err == nil && m[id] == nil {
		return []*gen.Document{}, nil
	}
	return m[id], err
}

// photos are the first maxPhotos photos of each record ids of kind, as the
// viewer may read them.
func photos(ctx context.Context, c *gen.Client, kind string, ids []int) (map[int][]*gen.Document, error) {
	q := c.Document.Query().Where(document.OwnerKind(kind), document.OwnerIDIn(ids...)).
		Order(document.ByOwnerID(), document.ByCreatedAt(), document.ByID())
	if len(ids) > 1 {
		q.Modify(entgql.LimitPerRow(document.FieldOwnerID, maxPhotos, sql.ExprFunc(func(b *sql.Builder) {
			b.Ident(document.FieldCreatedAt).Comma().Ident(document.FieldID)
		})))
	} else {
		q.Limit(maxPhotos)
	}
	rows, err := q.All(ctx)
	out := make(map[int][]*gen.Document, len(ids))
	for _, d := range rows {
		out[d.OwnerID] = append(out[d.OwnerID], d)
	}
	for _, ds := range out { // the window's outer query need not keep the order
		slices.SortFunc(ds, func(a, b *gen.Document) int {
			return cmp.Or(a.CreatedAt.Compare(b.CreatedAt), cmp.Compare(a.ID, b.ID))
		})
	}
	return out, err
}

// photoLoaders are the photo lookups of a request, one per kind of record.
type photoLoaders map[string]*pageload.Loader[[]*gen.Document]

// photosOf is the request's photo lookup for kind, made on first use.
func (l *loaders) photosOf(kind string) *pageload.Loader[[]*gen.Document] {
	l.photoMu.Lock()
	defer l.photoMu.Unlock()
	if l.photos == nil {
		l.photos = photoLoaders{}
	}
	p, ok := l.photos[kind]
	if !ok {
		p = pageload.New(func(ctx context.Context, ids []int) (map[int][]*gen.Document, error) {
			return photos(ctx, l.client, kind, ids)
		})
		l.photos[kind] = p
	}
	return p
}

// PageRecords tells the request's loaders which visits or activities (kind
// as for Photos) a list is about to answer. Without loaders in ctx it does
// nothing.
func PageRecords(ctx context.Context, kind string, ids []int) {
	if l := loadersFrom(ctx); l != nil {
		l.photosOf(kind).Name(ids...)
	}
}
