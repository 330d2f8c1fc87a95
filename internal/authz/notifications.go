package authz

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	"hatchery/internal/apperr"
	"hatchery/internal/viewer"
)

// NotificationPolicy: a notification is its recipient's alone. They read
// it and mark it read (read_at is the one field they may change); nobody
// else sees it, whatever their role or domain. Notifications are created
// only by internal/notify acting as the system (privacy.Allow in the
// context), never through a client's mutation; nobody deletes them.
func NotificationPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{notificationRule{}},
		Mutation: privacy.MutationPolicy{notificationRule{}},
	}
}

type notificationRule struct{}

// own narrows to the viewer's notifications. No domain filter: the
// recipient is one person, wherever the cause was.
func own(v *viewer.Viewer) entql.P { return entql.FieldEQ("recipient_id", v.UserID) }

func (notificationRule) EvalQuery(ctx context.Context, q ent.Query) error {
	if err := check(ctx); !isSkip(err) {
		return err
	}
	if err := restrict(ctx, q, own(viewer.FromContext(ctx))); err != nil {
		return err
	}
	return privacy.Allow
}

func (notificationRule) EvalMutation(ctx context.Context, m ent.Mutation) error {
	if err := check(ctx); !isSkip(err) {
		return err
	}
	if !m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
		return deny(apperr.ErrForbidden)
	}
	for _, f := range m.Fields() {
		if f != "read_at" && f != "updated_at" {
			return deny(apperr.ErrForbidden)
		}
	}
	if err := restrict(ctx, m, own(viewer.FromContext(ctx))); err != nil {
		return err
	}
	return privacy.Allow
}
