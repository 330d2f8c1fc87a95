// Package notify is the platform's one notification service: every
// programme tells people things through it (a notice issued, a decision
// made, a consultation waiting). A notification is a row per recipient,
// written in the transaction of what caused it, so a cause that rolls back
// notifies nobody; the web app shows them in-app (Query.notifications).
//
// Delivery beyond the app (SMS, e-mail) plugs in as a Channel; see
// channel.go for how, and why it runs only after the commit.
package notify

import (
	"context"
	"fmt"
	"log/slog"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/notification"
)

// Text is a message in both languages the platform speaks; the reader's
// language picks one when it is shown.
type Text struct{ ZH, EN string }

// Message is one notification to one person.
type Message struct {
	RecipientID int
	// DomainID is the cause's domain (the case's), kept for the audit of
	// domains and for counting; the recipient reads it whatever their domain.
	DomainID int
	// Kind is a dotted key naming what happened, e.g. "case.decided".
	Kind  string
	Title Text
	Body  Text
	// SubjectID is the record it is about (a Node id); Path is where the web
	// app shows it, e.g. "/cases/42". Either may be zero.
	SubjectID int
	Path      string
	// DedupKey, when set, makes the message once-only for its recipient: a
	// second Send with the same key (a job running twice, on two nodes, or
	// retried) writes nothing. Name the cause and its period in it, e.g.
	// "case.due_soon:42:2026-12-03".
	DedupKey string
}

// Service sends notifications. The zero value (and nil) sends in-app only.
type Service struct {
	// Channels deliver each written notification beyond the app, after
	// the commit of the transaction that wrote it.
	Channels []Channel
	Log      *slog.Logger
}

// New returns a Service delivering in-app and to channels; with no
// channels, it logs what it sends at debug level (LogChannel).
func New(log *slog.Logger, channels ...Channel) *Service {
	if log == nil {
		log = slog.Default()
	}
	if len(channels) == 0 {
		channels = []Channel{LogChannel{Log: log}}
	}
	return &Service{Channels: channels, Log: log}
}

// Send writes ms through c, which should be the client of the transaction
// of the cause: the notifications commit or roll back with it. It writes
// as the system (notifications are never created by a client's request);
// the caller has already been allowed the change that causes them.
func (s *Service) Send(ctx context.Context, c *gen.Client, ms ...Message) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	var written []*gen.Notification
	for _, m := range ms {
		if m.RecipientID == 0 || m.Kind == "" || m.Title.ZH == "" || m.Title.EN == "" {
			return fmt.Errorf("notify: %q: a message needs a recipient, a kind and a title in both languages", m.Kind)
		}
		if m.DedupKey != "" {
			sent, err := c.Notification.Query().
				Where(notification.RecipientID(m.RecipientID), notification.DedupKey(m.DedupKey)).Exist(sys)
			if err != nil {
				return err
			}
			if sent {
				continue
			}
		}
		cr := c.Notification.Create().
			SetRecipientID(m.RecipientID).
			SetDomainID(m.DomainID).
			SetKind(m.Kind).
			SetTitleZh(m.Title.ZH).SetTitleEn(m.Title.EN).
			SetBodyZh(m.Body.ZH).SetBodyEn(m.Body.EN).
			SetPath(m.Path)
		if m.SubjectID != 0 {
			cr.SetSubjectID(m.SubjectID)
		}
		if m.DedupKey == "" {
			n, err := cr.Save(sys)
			if err != nil {
				return err
			}
			written = append(written, n)
			continue
		}
		// Two senders past the check at once: the unique index keeps one,
		// and the other's insert does nothing instead of failing the cause.
		err := cr.SetDedupKey(m.DedupKey).
			OnConflictColumns(notification.FieldRecipientID, notification.FieldDedupKey).Ignore().Exec(sys)
		if err != nil {
			return err
		}
		written = append(written, &gen.Notification{RecipientID: m.RecipientID, DomainID: m.DomainID,
			Kind: m.Kind, TitleZh: m.Title.ZH, TitleEn: m.Title.EN, BodyZh: m.Body.ZH, BodyEn: m.Body.EN,
			Path: m.Path, DedupKey: &m.DedupKey})
	}
	s.deliverAfterCommit(ctx, written)
	return nil
}
