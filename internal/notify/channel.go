package notify

import (
	"context"
	"log/slog"

	gen "hatchery/ent"
)

// Channel delivers notifications beyond the app: an SMS gateway, e-mail.
// The in-app notification is the row itself and needs no channel.
//
// To plug one in: implement Deliver (look the recipient's phone or address
// up through the system context, send, return an error to have it logged),
// and give it to notify.New where the app is assembled. Deliver runs after
// the cause's transaction committed, so a rolled-back decision texts
// nobody; it runs on the request's goroutine, so a slow gateway belongs
// behind a queue (a periodic job reading the notifications it has not yet
// sent, with a delivered_at per channel, survives restarts and retries).
type Channel interface {
	Deliver(ctx context.Context, ns []*gen.Notification) error
}

// LogChannel is the placeholder channel: it logs what would be delivered
// at debug level.
type LogChannel struct{ Log *slog.Logger }

// Deliver logs ns.
func (l LogChannel) Deliver(ctx context.Context, ns []*gen.Notification) error {
	for _, n := range ns {
		l.Log.DebugContext(ctx, "notify: sent", "kind", n.Kind, "recipient", n.RecipientID, "path", n.Path)
	}
	return nil
}

// deliverAfterCommit hands ns to the channels once the transaction in ctx
// (the request's, entgql's transactioner puts it there) has committed, or
// at once when there is none (the write has then committed already).
func (s *Service) deliverAfterCommit(ctx context.Context, ns []*gen.Notification) {
	if s == nil || len(s.Channels) == 0 || len(ns) == 0 {
		return
	}
	deliver := func() {
		ctx := context.WithoutCancel(ctx)
		for _, ch := range s.Channels {
			if err := ch.Deliver(ctx, ns); err != nil {
				s.log().ErrorContext(ctx, "notify: delivery failed", "channel", ch, "err", err)
			}
		}
	}
	tx := gen.TxFromContext(ctx)
	if tx == nil {
		deliver()
		return
	}
	tx.OnCommit(func(next gen.Committer) gen.Committer {
		return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
			if err := next.Commit(ctx, tx); err != nil {
				return err
			}
			deliver()
			return nil
		})
	})
}

func (s *Service) log() *slog.Logger {
	if s.Log == nil {
		return slog.Default()
	}
	return s.Log
}
