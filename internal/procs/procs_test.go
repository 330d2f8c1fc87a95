package procs

import (
	"context"
	"net/http"
	"net/http/httptest"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// recorder is a Governor whose changes are recorded instead of made.
func recorder(most int) (*Governor, *[]int) {
	var set []int
	return New(most, func(n int) { set = append(set, n) }), &set
}

// raised reports whether a Hold asked Run to raise the processors, taking
// the signal as Run would.
func raised(g *Governor) bool {
	select {
	case <-g.raise:
		return true
	default:
		return false
	}
}

func TestOneRequestRunsOnOneProcessorAndASecondRaisesThem(t *testing.T) {
	g, set := recorder(4)

	g.check()
	require.Equal(t, []int{1}, *set, "nothing held through a window: one processor")

	first := g.Hold(1)
	require.False(t, raised(g), "one request alone keeps one processor")
	g.check()
	require.Equal(t, []int{1}, *set, "already one: no change")

	second := g.Hold(1)
	require.True(t, raised(g), "a second request at once asks for every processor")
	g.up()
	require.Equal(t, []int{1, 4}, *set)

	second()
	first()
	g.check()
	require.Equal(t, []int{1, 4}, *set, "the window saw two at once: it stays raised")
	g.check()
	require.Equal(t, []int{1, 4, 1}, *set, "a whole quiet window: one processor again")
	require.EqualValues(t, 3, g.changes.Load())
}

func TestAHashsLanesRaiseTheProcessorsAlone(t *testing.T) {
	g, set := recorder(2)
	g.check()
	release := g.Hold(2)
	require.True(t, raised(g), "two lanes at once want two processors")
	g.up()
	release()
	require.Equal(t, []int{1, 2}, *set)
	require.Zero(t, g.demand.Load(), "released")
}

// A Hold can read "not lowered" just before check stores it, and send
// nothing; check must then see the Hold's demand itself and raise again.
func TestALoweringRacedByAHoldIsUndone(t *testing.T) {
	var g *Governor
	var set []int
	g = New(2, func(n int) {
		set = append(set, n)
		if n == 1 {
			g.demand.Add(2) // the Hold that read low before it was stored
		}
	})
	g.check()
	require.Equal(t, []int{1, 2}, set)
	require.False(t, g.low.Load())
	require.False(t, raised(g), "the Hold sent nothing: check raised on its own")
}

func TestRunGivesEveryProcessorBackWhenItEnds(t *testing.T) {
	g, set := recorder(2)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { g.Run(ctx, time.Millisecond); close(done) }()
	require.Eventually(t, g.low.Load, 5*time.Second, time.Millisecond, "idle: lowered")

	again := make(chan struct{})
	go func() { g.Run(ctx, time.Millisecond); close(again) }()
	select {
	case <-again: // g already runs: a second Run returns at once
	case <-time.After(5 * time.Second):
		t.Fatal("a second Run is still running")
	}

	cancel()
	<-done
	require.False(t, g.low.Load())
	require.Equal(t, 2, (*set)[len(*set)-1], "the last change gave both back")
}

func TestHandlerHoldsOneUnitWhileItServes(t *testing.T) {
	before := Demand()
	var during int64
	srv := httptest.NewServer(Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		during = Demand()
	})))
	defer srv.Close()
	res, err := http.Get(srv.URL)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, before+1, during)
	require.Equal(t, before, Demand(), "released when the handler returned")
}

// The process's own Governor changes the runtime's processors: down to one
// while idle, up on demand, and back when Run ends.
func TestRunChangesTheRuntimesProcessors(t *testing.T) {
	most := runtime.GOMAXPROCS(0)
	if most < 2 {
		t.Skipf("GOMAXPROCS is %d: there is nothing to lower", most)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { std.Run(ctx, time.Millisecond); close(done) }()
	require.Eventually(t, func() bool { return runtime.GOMAXPROCS(0) == 1 }, 5*time.Second, time.Millisecond)
	release := Hold(2)
	require.Eventually(t, func() bool { return runtime.GOMAXPROCS(0) == most }, 5*time.Second, time.Millisecond)
	release()
	require.Eventually(t, func() bool { return runtime.GOMAXPROCS(0) == 1 }, 5*time.Second, time.Millisecond)
	cancel()
	<-done
	require.Equal(t, most, runtime.GOMAXPROCS(0))
	require.GreaterOrEqual(t, Changes(), int64(4))
}
