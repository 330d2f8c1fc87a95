package review

import (
	"context"

	gen "hatchery/ent"
	"hatchery/ent/reviewpanel"
	"hatchery/ent/user"
	"hatchery/internal/pageload"
)

// Per-request lookups for what an assignment shows on every row of a list
// (its panel, its reviewer's name), read for the whole list at once
// (internal/pageload). Without them in ctx (a mutation's answer, read in
// its transaction) each row reads its own.
type loaders struct {
	panels *pageload.Loader[*gen.ReviewPanel] // read as the system, as panelOf does
	names  *pageload.Loader[*gen.User]        // id and display name, read as the system
}

type loadersKey struct{}

// WithLoaders returns ctx carrying fresh lookups reading through c.
func (s *Service) WithLoaders(ctx context.Context, c *gen.Client) context.Context {
	l := &loaders{
		panels: pageload.New(func(ctx context.Context, ids []int) (map[int]*gen.ReviewPanel, error) {
			rows, err := c.ReviewPanel.Query().Where(reviewpanel.IDIn(ids...)).All(system(ctx))
			return byID(rows, func(p *gen.ReviewPanel) int { return p.ID }), err
		}),
		names: pageload.New(func(ctx context.Context, ids []int) (map[int]*gen.User, error) {
			rows, err := c.User.Query().Where(user.IDIn(ids...)).Select(user.FieldDisplayName).All(system(ctx))
			return byID(rows, func(u *gen.User) int { return u.ID }), err
		}),
	}
	return context.WithValue(ctx, loadersKey{}, l)
}

func loadersFrom(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	return l
}

// NameAssignments tells the request's lookups the assignments a list is
// about to answer, so that their panels and reviewers' names are read
// together. Without lookups in ctx it does nothing.
func NameAssignments(ctx context.Context, rows []*gen.ReviewAssignment) {
	l := loadersFrom(ctx)
	if l == nil {
		return
	}
	panels, experts := make([]int, 0, 1), make([]int, 0, len(rows))
	for _, a := range rows {
		panels = append(panels, a.PanelID)
		experts = append(experts, a.ExpertID)
	}
	l.panels.Name(panels...)
	l.names.Name(experts...)
}

// byID maps rows by their id.
func byID[T any](rows []T, id func(T) int) map[int]T {
	out := make(map[int]T, len(rows))
	for _, r := range rows {
		out[id(r)] = r
	}
	return out
}
