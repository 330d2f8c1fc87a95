package auth

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestThrottleDelay(t *testing.T) {
	th := Throttle{BaseDelay: 100 * time.Millisecond, MaxDelay: 350 * time.Millisecond}
	got := []time.Duration{}
	for n := 1; n <= 6; n++ {
		got = append(got, th.delay(n, 3))
	}
	require.Equal(t, []time.Duration{0, 0, 100 * time.Millisecond, 200 * time.Millisecond, 350 * time.Millisecond, 350 * time.Millisecond}, got)
	// A huge count must not overflow into a negative or zero delay.
	require.Equal(t, th.MaxDelay, th.delay(1000, 3))
	require.Equal(t, th.MaxDelay, th.delay(70, 3))
}
