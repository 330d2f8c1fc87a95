package notify_test

import (
	"context"
	"sync"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/internal/notify"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// recorder is a Channel that remembers what it was given.
type recorder struct {
	mu    sync.Mutex
	kinds []string
}

func (r *recorder) Deliver(_ context.Context, ns []*gen.Notification) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, n := range ns {
		r.kinds = append(r.kinds, n.Kind)
	}
	return nil
}

// TestChannelsDeliverOnlyWhatCommitted: a channel (SMS, e-mail) hears of a
// notification only once the cause's transaction committed; a rolled-back
// cause leaves no row and sends nothing; a repeated dedup key is not
// delivered again.
func TestChannelsDeliverOnlyWhatCommitted(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		rec := &recorder{}
		s := notify.New(nil, rec)
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		msg := func(kind, key string) notify.Message {
			return notify.Message{RecipientID: e.Fixture.Users["ngo"], DomainID: e.Fixture.Deqing, Kind: kind,
				Title: notify.Text{ZH: "标题", EN: "Title"}, DedupKey: key}
		}
		send := func(commit bool, m notify.Message) {
			tx, err := e.App.Client.Tx(ctx)
			require.NoError(t, err)
			require.NoError(t, s.Send(gen.NewTxContext(ctx, tx), tx.Client(), m))
			require.Empty(t, rec.kinds, "nothing is delivered before the commit")
			if commit {
				require.NoError(t, tx.Commit())
			} else {
				require.NoError(t, tx.Rollback())
			}
		}
		send(false, msg("rolled.back", ""))
		require.Empty(t, rec.kinds)
		require.Zero(t, e.App.Client.Notification.Query().CountX(ctx))

		send(true, msg("committed", "k1"))
		require.Equal(t, []string{"committed"}, rec.kinds)
		rec.kinds = nil
		send(true, msg("committed", "k1"))
		require.Empty(t, rec.kinds, "a repeated key is neither written nor delivered")
		require.Equal(t, 1, e.App.Client.Notification.Query().CountX(ctx))

		err := s.Send(ctx, e.App.Client, notify.Message{RecipientID: e.Fixture.Users["ngo"], Kind: "no.title"})
		require.Error(t, err, "a message needs its title in both languages")
	})
}
