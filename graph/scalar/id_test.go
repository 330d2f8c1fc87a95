package scalar

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"
)

// An id is written as its decimal digits in quotes, whichever writer takes
// it, as strconv.Quote(strconv.Itoa(id)) wrote it before.
func TestMarshalIntIDWritesTheQuotedDigits(t *testing.T) {
	for _, id := range []int{0, 7, 12884905081, -3, math.MaxInt64, math.MinInt64} {
		want := strconv.Quote(strconv.Itoa(id))

		// Into the executor's buffer, after what is already there.
		var buf bytes.Buffer
		buf.WriteString(`{"id":`)
		MarshalIntID(id).MarshalGQL(&buf)
		if got := buf.String(); got != `{"id":`+want {
			t.Errorf("bytes.Buffer: %d written as %s, want %s", id, got, `{"id":`+want)
		}

		// Into any other writer.
		var sb strings.Builder
		MarshalIntID(id).MarshalGQL(&sb)
		if got := sb.String(); got != want {
			t.Errorf("io.Writer: %d written as %s, want %s", id, got, want)
		}
	}
}

// Writing an id into the response buffer allocates nothing once the
// buffer has room: the point of intID.
func TestMarshalIntIDIntoABufferAllocatesNothing(t *testing.T) {
	var buf bytes.Buffer
	buf.Grow(1 << 10)
	m := MarshalIntID(12884905081)
	allocs := testing.AllocsPerRun(100, func() {
		buf.Reset()
		m.MarshalGQL(&buf)
	})
	if allocs != 0 {
		t.Errorf("%v allocations per id written, want 0", allocs)
	}
}
