package graph

import (
	"bytes"
	"context"
	"sync"
)

// responseBuffers lends a request served by postJSON the two buffers its
// answer is written into, the executor's data and the whole response, and
// takes them back once the response is written.
//
// Unlent, the executor writes the data into a new bytes.Buffer, which grows
// by doubling (the organisation page's 16 kB took ten allocations, 32 kB in
// all), and the response is a copy of it in a new slice: together about a
// sixth of the bytes the page allocated, every one garbage once written.
// graph/rewrite points the generated executor at responseBuffer; the
// buffers come from a pool, and postJSON gives them back after
// ResponseWriter.Write has returned, when net/http no longer reads them.
// Nothing else holds the data past that: the response handlers in between
// (graph/tx.go's) pass it on or drop it.
type responseBuffers struct {
	data, out *bytes.Buffer
}

type responseBuffersKey struct{}

// maxPooledBuffer bounds what the pool keeps: one outsized answer must not
// pin its memory for good.
const maxPooledBuffer = 256 << 10

var bufferPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func takeBuffer() *bytes.Buffer {
	b := bufferPool.Get().(*bytes.Buffer)
	b.Reset()
	return b
}

func giveBuffer(b *bytes.Buffer) {
	if b != nil && b.Cap() <= maxPooledBuffer {
		bufferPool.Put(b)
	}
}

// withResponseBuffers makes ctx lend buffers to the operation run under it.
func withResponseBuffers(ctx context.Context) (context.Context, *responseBuffers) {
	rb := &responseBuffers{}
	return context.WithValue(ctx, responseBuffersKey{}, rb), rb
}

// responseBuffer is the buffer the executor writes an operation's data
// into: the lent one, once, under postJSON; a new one otherwise (another
// transport, or a later, deferred part).
func responseBuffer(ctx context.Context) *bytes.Buffer {
	if rb, ok := ctx.Value(responseBuffersKey{}).(*responseBuffers); ok && rb.data == nil {
		rb.data = takeBuffer()
		return rb.data
	}
	return new(bytes.Buffer)
}

// output is the lent buffer the whole response is written into.
func (rb *responseBuffers) output() *bytes.Buffer {
	if rb.out == nil {
		rb.out = takeBuffer()
	}
	return rb.out
}

// release gives both buffers back: nothing may read them afterwards.
func (rb *responseBuffers) release() {
	giveBuffer(rb.data)
	giveBuffer(rb.out)
	rb.data, rb.out = nil, nil
}
