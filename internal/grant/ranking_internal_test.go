package grant

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// tenths writes what fmt wrote before it, for every figure a ranking can
// show and for the negative ones it cannot.
func TestTenthsWritesAsFmtDid(t *testing.T) {
	for v := -1200; v <= 12000; v++ {
		require.Equal(t, fmt.Sprintf("%d.%d", v/10, v%10), *tenths(v), "tenths(%d)", v)
	}
	require.Equal(t, "83.5", *tenths(835))
	require.Equal(t, "0.0", *tenths(0))
}
