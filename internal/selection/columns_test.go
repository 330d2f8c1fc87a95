package selection

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The service's own columns come first, then the caller's, each once.
func TestColumnsAddsTheNeededOnce(t *testing.T) {
	require.Equal(t, []string{"id", "organization_id", "name", "kind"},
		Columns([]string{"name", "id", "kind", "name"}, "id", "organization_id"))
	require.Equal(t, []string{"id"}, Columns([]string{}, "id"), "nothing asked: only what the service needs")
}
