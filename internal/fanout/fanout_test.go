package fanout

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
)

// meeting is two calls that each return only once the other has started:
// they finish only when run side by side. Run one after the other, the
// first gives up after a minute (a guard against hanging the suite, not
// a speed goal: side by side they meet at once) and met reports false.
func meeting() (first, second func(), met func() bool) {
	ch := make(chan struct{})
	var sent, got bool
	first = func() {
		select {
		case ch <- struct{}{}:
			sent = true
		case <-time.After(time.Minute):
		}
	}
	second = func() {
		select {
		case <-ch:
			got = true
		case <-time.After(time.Minute):
		}
	}
	return first, second, func() bool { return sent && got }
}

func TestDoRunsSideBySide(t *testing.T) {
	first, second, met := meeting()
	ran, before := false, SideBySide()
	Do(true, first, second, func() { ran = true })
	require.True(t, met(), "the calls ran one after the other")
	require.True(t, ran, "every call ran before Do returned")
	require.Equal(t, before+1, SideBySide())
}

// inOrder returns calls that record their turn; each checks that the one
// before it has finished (run side by side, the race detector would also
// see them share the slice).
func inOrder(t *testing.T, n int) ([]func(), *[]int) {
	var order []int
	fns := make([]func(), n)
	for i := range fns {
		fns[i] = func() {
			require.Len(t, order, i, "call %d started before the ones before it finished", i)
			order = append(order, i)
		}
	}
	return fns, &order
}

func TestDoRunsInOrderWhenNotParallel(t *testing.T) {
	fns, order := inOrder(t, 4)
	before := SideBySide()
	Do(false, fns...)
	require.Equal(t, []int{0, 1, 2, 3}, *order)
	require.Equal(t, before, SideBySide())
}

func TestDoRunsInOrderWhileAnotherRunsSideBySide(t *testing.T) {
	gate <- struct{}{} // another request's reads are running side by side
	fns, order := inOrder(t, 3)
	Do(true, fns...)
	<-gate
	require.Equal(t, []int{0, 1, 2}, *order)

	// Once the gate is free again, reads run side by side again.
	first, second, met := meeting()
	Do(true, first, second)
	require.True(t, met())
	select {
	case gate <- struct{}{}:
		<-gate
	default:
		t.Fatal("Do left the gate taken")
	}
}

func TestPooledIsTheApplicationsOwnClientOnly(t *testing.T) {
	pool, tx := &gen.Client{}, &gen.Client{}
	require.True(t, Pooled(pool, pool))
	require.False(t, Pooled(tx, pool), "a transaction's client is one connection")
	require.False(t, Pooled(pool, nil), "a service built without its pool reads one after the other")
	require.False(t, Pooled(nil, nil))
}

// A call that panics side by side panics Do on the caller's goroutine once
// the others have finished, where the resolver's recovery catches it; the
// gate is free again after.
func TestDoPanicsOnTheCallersGoroutine(t *testing.T) {
	for at := range 3 {
		var ran [3]bool
		fns := make([]func(), 3)
		for i := range fns {
			fns[i] = func() { ran[i] = true }
		}
		fns[at] = func() { panic("boom") }
		require.PanicsWithValue(t, "boom", func() { Do(true, fns...) }, "panic in call %d", at)
		for i := range ran {
			require.Equal(t, i != at, ran[i], "call %d ran to its end", i)
		}
		first, second, met := meeting()
		Do(true, first, second)
		require.True(t, met(), "the gate is free after a panic")
	}
}
