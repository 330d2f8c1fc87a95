package pageload

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
)

// recorder is a fetch that answers id*10 for ids below 100 and records
// the batches it was asked for.
type recorder struct {
	batches [][]int
	fail    bool
}

func (r *recorder) fetch(_ context.Context, ids []int) (map[int]int, error) {
	r.batches = append(r.batches, slices.Clone(ids))
	if r.fail {
		return nil, errors.New("down")
	}
	out := map[int]int{}
	for _, id := range ids {
		if id < 100 {
			out[id] = id * 10
		}
	}
	return out, nil
}

func TestNamedIDsAreReadInOneBatch(t *testing.T) {
	ctx := context.Background()
	r := &recorder{}
	l := New(r.fetch)
	l.Name(3, 1, 2, 3)
	for _, id := range []int{2, 1, 3, 2} {
		v, err := l.Load(ctx, id)
		if err != nil || v != id*10 {
			t.Fatalf("Load(%d) = %d, %v; want %d", id, v, err, id*10)
		}
	}
	if got := fmt.Sprint(r.batches); got != "[[1 2 3]]" {
		t.Fatalf("batches %s, want one batch of the named ids in order", got)
	}

	// An id nobody named is read with whatever is named by then; one
	// without a value is the zero value and is not read again.
	l.Name(200, 2)
	if v, err := l.Load(ctx, 7); err != nil || v != 70 {
		t.Fatalf("Load(7) = %d, %v", v, err)
	}
	if v, err := l.Load(ctx, 200); err != nil || v != 0 {
		t.Fatalf("Load(200) = %d, %v; want the zero value", v, err)
	}
	if got := fmt.Sprint(r.batches); got != "[[1 2 3] [7 200]]" {
		t.Fatalf("batches %s, want the unnamed id with the named one not read yet", got)
	}
}

func TestFailedReadIsNotRemembered(t *testing.T) {
	ctx := context.Background()
	r := &recorder{fail: true}
	l := New(r.fetch)
	l.Name(1, 2)
	if _, err := l.Load(ctx, 1); err == nil {
		t.Fatal("Load during an outage: no error")
	}
	r.fail = false
	if v, err := l.Load(ctx, 2); err != nil || v != 20 {
		t.Fatalf("Load(2) after the outage = %d, %v", v, err)
	}
	if got := fmt.Sprint(r.batches); got != "[[1 2] [1 2]]" {
		t.Fatalf("batches %s, want the failed batch read again whole", got)
	}
}
