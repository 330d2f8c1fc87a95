package graph

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Under postJSON the executor writes into the lent buffer, once; a second
// part, or an operation run without postJSON, gets a buffer of its own.
func TestResponseBufferIsLentOnce(t *testing.T) {
	ctx, rb := withResponseBuffers(t.Context())
	first := responseBuffer(ctx)
	require.Same(t, rb.data, first)
	require.NotSame(t, first, responseBuffer(ctx), "a later part gets its own")
	require.Same(t, rb.output(), rb.output(), "one output buffer per request")
	require.NotSame(t, responseBuffer(t.Context()), responseBuffer(t.Context()), "unlent buffers are new")

	first.WriteString("answer")
	rb.release()
	require.Nil(t, rb.data)
	require.Nil(t, rb.out)
	require.Zero(t, takeBuffer().Len(), "a buffer drawn from the pool starts empty")
}
