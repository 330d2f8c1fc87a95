package review

import (
	"context"
	"fmt"

	gen "hatchery/ent"
	"hatchery/ent/reviewassignment"
	"hatchery/internal/authz"
	"hatchery/internal/review/reviewdata"
	"hatchery/internal/viewer"
)

// What an assignment shows, under the blind rule (ScoresVisible).

func panelOf(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment) (*gen.ReviewPanel, error) {
	if l := loadersFrom(ctx); l != nil {
		if p, err := l.panels.Load(ctx, a.PanelID); err != nil || p != nil {
			return p, err
		}
	}
	// Not found in a batch: read it alone, for the same error as ever.
	return c.ReviewPanel.Get(system(ctx), a.PanelID)
}

// VisibleScores are a's scores if the viewer may see them, else nil.
func VisibleScores(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment) ([]*reviewdata.Score, error) {
	p, err := panelOf(ctx, c, a)
	if err != nil || !ScoresVisible(ctx, a, p) {
		return nil, err
	}
	out := make([]*reviewdata.Score, len(a.Scores))
	for i := range a.Scores {
		out[i] = &a.Scores[i]
	}
	return out, nil
}

// VisibleComment is a's overall comment under the same rule.
func VisibleComment(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment) (*string, error) {
	p, err := panelOf(ctx, c, a)
	if err != nil || !ScoresVisible(ctx, a, p) {
		return nil, err
	}
	return &a.Comment, nil
}

// VisibleTotal is a's weighted total ("83.5") under the same rule, once
// handed in.
func VisibleTotal(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment) (*string, error) {
	p, err := panelOf(ctx, c, a)
	if err != nil || !ScoresVisible(ctx, a, p) || a.TotalTenths == nil {
		return nil, err
	}
	s := fmt.Sprintf("%d.%d", *a.TotalTenths/10, *a.TotalTenths%10)
	return &s, nil
}

// ExpertName is the reviewer's display name.
func ExpertName(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment) (string, error) {
	if l := loadersFrom(ctx); l != nil {
		if u, err := l.names.Load(ctx, a.ExpertID); err != nil || u != nil {
			if err != nil {
				return "", err
			}
			return u.DisplayName, nil
		}
	}
	u, err := c.User.Get(system(ctx), a.ExpertID)
	if err != nil {
		return "", err
	}
	return u.DisplayName, nil
}

// RubricOf is the rubric of a's panel.
func RubricOf(ctx context.Context, c *gen.Client, a *gen.ReviewAssignment) ([]*reviewdata.Criterion, error) {
	p, err := panelOf(ctx, c, a)
	if err != nil {
		return nil, err
	}
	out := make([]*reviewdata.Criterion, len(p.Rubric))
	for i := range p.Rubric {
		out[i] = &p.Rubric[i]
	}
	return out, nil
}

// Mine is the viewer's live assignments as an expert, to do first.
func Mine(ctx context.Context, c *gen.Client) *gen.ReviewAssignmentQuery {
	v := viewer.FromContext(ctx)
	id := 0
	if v != nil && authz.Can(ctx, authz.ObjReview, authz.ActReadOwn) {
		id = v.UserID
	}
	return c.ReviewAssignment.Query().Where(reviewassignment.ExpertID(id), reviewassignment.StatusNEQ(reviewassignment.StatusREMOVED)).
		Order(reviewassignment.ByStatus(), reviewassignment.ByID())
}
