package notify

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"

	gen "hatchery/ent"
	"hatchery/ent/notification"
	"hatchery/internal/apperr"
	"hatchery/internal/lang"
	"hatchery/internal/viewer"
)

// The viewer's inbox. Privacy already narrows every read and write to the
// viewer's own notifications (authz.NotificationPolicy); the explicit
// recipient predicate here keeps "mine" the meaning even if the policy
// ever widens (and is what the indexes serve).

// Inbox is the query of the viewer's notifications, unread ones only when
// unreadOnly.
func Inbox(ctx context.Context, c *gen.Client, unreadOnly bool) (*gen.NotificationQuery, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	q := c.Notification.Query().Where(notification.RecipientID(v.UserID))
	if unreadOnly {
		q.Where(notification.ReadAtIsNil())
	}
	return q, nil
}

// NewestFirst orders a page of the inbox.
var NewestFirst = gen.WithNotificationOrder(&gen.NotificationOrder{
	Direction: entgql.OrderDirectionDesc, Field: gen.NotificationOrderFieldCreatedAt})

// UnreadCount counts the viewer's unread notifications: one indexed COUNT.
func UnreadCount(ctx context.Context, c *gen.Client) (int, error) {
	q, err := Inbox(ctx, c, true)
	if err != nil {
		return 0, err
	}
	return q.Count(ctx)
}

// MarkRead marks the viewer's notification id read (again is no change).
// Someone else's is NOT_FOUND: its existence is not theirs to learn.
func MarkRead(ctx context.Context, c *gen.Client, id int) (*gen.Notification, error) {
	n, err := c.Notification.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if n.ReadAt != nil {
		return n, nil
	}
	return c.Notification.UpdateOne(n).SetReadAt(time.Now()).Save(ctx)
}

// MarkAllRead marks every unread notification of the viewer read and
// says how many there were.
func MarkAllRead(ctx context.Context, c *gen.Client) (int, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return 0, apperr.ErrUnauthenticated
	}
	return c.Notification.Update().
		Where(notification.RecipientID(v.UserID), notification.ReadAtIsNil()).
		SetReadAt(time.Now()).Save(ctx)
}

// Pick is t in the reader's language (lang in ctx, from Accept-Language).
func Pick(ctx context.Context, zh, en string) string {
	if lang.FromContext(ctx) == lang.ZH {
		return zh
	}
	return en
}
