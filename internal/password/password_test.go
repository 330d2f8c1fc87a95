package password

import (
	"encoding/base64"
	"errors"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/argon2"

	"hatchery/internal/procs"
)

func TestHashFormat(t *testing.T) {
	h, err := Hash("correct horse", Fast)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$"), h)

	parts := strings.Split(h, "$")
	require.Len(t, parts, 6)
	salt, err := base64.RawStdEncoding.DecodeString(parts[4])
	require.NoError(t, err)
	require.Len(t, salt, int(Fast.SaltLen))
	key, err := base64.RawStdEncoding.DecodeString(parts[5])
	require.NoError(t, err)
	require.Len(t, key, int(Fast.KeyLen))

	// The stored key must be argon2id of the password with the stored salt,
	// i.e. interoperable with any other argon2id implementation.
	want := argon2.IDKey([]byte("correct horse"), salt, 1, 64, 1, 32)
	require.Equal(t, want, key)
}

func TestHashDefaultParams(t *testing.T) {
	h, err := Hash("correct horse", Default)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=2$"), h)
	ok, err := Verify("correct horse", h)
	require.NoError(t, err)
	require.True(t, ok)
	require.False(t, NeedsRehash(h, Default))
}

func TestHashUsesFreshSalt(t *testing.T) {
	a, err := Hash("same password", Fast)
	require.NoError(t, err)
	b, err := Hash("same password", Fast)
	require.NoError(t, err)
	require.NotEqual(t, a, b)
}

func TestHashRejectsBadParams(t *testing.T) {
	bad := []Params{
		{},
		{Memory: 64, Time: 0, Threads: 1, SaltLen: 16, KeyLen: 32},
		{Memory: 64, Time: 1, Threads: 0, SaltLen: 16, KeyLen: 32},
		{Memory: 15, Time: 1, Threads: 2, SaltLen: 16, KeyLen: 32},
		{Memory: maxMemory + 1, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32},
		{Memory: 64, Time: 1, Threads: 1, SaltLen: 4, KeyLen: 32},
		{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 8},
	}
	for _, p := range bad {
		_, err := Hash("x", p)
		require.Error(t, err, "%+v", p)
	}
}

func TestVerify(t *testing.T) {
	h, err := Hash("pässwörd 密码", Fast)
	require.NoError(t, err)

	ok, err := Verify("pässwörd 密码", h)
	require.NoError(t, err)
	require.True(t, ok)

	for _, wrong := range []string{"", "pässwörd 密", "Pässwörd 密码", "pässwörd 密码 "} {
		ok, err := Verify(wrong, h)
		require.NoError(t, err)
		require.False(t, ok, "%q must not verify", wrong)
	}
}

// A hash produced elsewhere with different parameters (here: what an
// older Default might have been) must keep verifying.
func TestVerifyReadsParamsFromHash(t *testing.T) {
	old := Params{Memory: 32, Time: 2, Threads: 4, SaltLen: 8, KeyLen: 16}
	h, err := Hash("legacy", old)
	require.NoError(t, err)
	require.Contains(t, h, "$m=32,t=2,p=4$")
	ok, err := Verify("legacy", h)
	require.NoError(t, err)
	require.True(t, ok)
	require.True(t, NeedsRehash(h, Fast))
	require.False(t, NeedsRehash(h, old))
}

func TestVerifyTampered(t *testing.T) {
	h, err := Hash("secret-password", Fast)
	require.NoError(t, err)
	parts := strings.Split(h, "$")

	flipFirst := func(s string) string {
		b, err := base64.RawStdEncoding.DecodeString(s)
		require.NoError(t, err)
		b[0] ^= 1
		return base64.RawStdEncoding.EncodeToString(b)
	}
	join := func(p ...string) string { return strings.Join(p, "$") }

	// Each of these still parses, so Verify must recompute and reject.
	tampered := map[string]string{
		"salt":    join("", parts[1], parts[2], parts[3], flipFirst(parts[4]), parts[5]),
		"hash":    join("", parts[1], parts[2], parts[3], parts[4], flipFirst(parts[5])),
		"time":    join("", parts[1], parts[2], "m=64,t=2,p=1", parts[4], parts[5]),
		"memory":  join("", parts[1], parts[2], "m=128,t=1,p=1", parts[4], parts[5]),
		"threads": join("", parts[1], parts[2], "m=64,t=1,p=2", parts[4], parts[5]),
	}
	for name, enc := range tampered {
		ok, err := Verify("secret-password", enc)
		require.NoError(t, err, name)
		require.False(t, ok, "tampered %s must not verify", name)
	}
}

func TestVerifyMalformed(t *testing.T) {
	h, err := Hash("secret-password", Fast)
	require.NoError(t, err)
	parts := strings.Split(h, "$")
	salt, key := parts[4], parts[5]
	with := func(alg, ver, params, s, k string) string {
		return strings.Join([]string{"", alg, ver, params, s, k}, "$")
	}
	cases := map[string]string{
		"empty":             "",
		"bcrypt":            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
		"no leading dollar": strings.TrimPrefix(h, "$"),
		"missing hash":      strings.Join(parts[:5], "$"),
		"extra field":       h + "$x",
		"argon2i":           with("argon2i", "v=19", "m=64,t=1,p=1", salt, key),
		"old version":       with("argon2id", "v=16", "m=64,t=1,p=1", salt, key),
		"no version":        with("argon2id", "m=64,t=1,p=1", salt, key, ""),
		"version garbage":   with("argon2id", "v=x", "m=64,t=1,p=1", salt, key),
		"param order":       with("argon2id", "v=19", "t=1,m=64,p=1", salt, key),
		"missing param":     with("argon2id", "v=19", "m=64,t=1", salt, key),
		"extra param":       with("argon2id", "v=19", "m=64,t=1,p=1,keyid=x", salt, key),
		"negative":          with("argon2id", "v=19", "m=-64,t=1,p=1", salt, key),
		"plus sign":         with("argon2id", "v=19", "m=+64,t=1,p=1", salt, key),
		"leading zero":      with("argon2id", "v=19", "m=064,t=1,p=1", salt, key),
		"empty number":      with("argon2id", "v=19", "m=,t=1,p=1", salt, key),
		"threads overflow":  with("argon2id", "v=19", "m=64,t=1,p=256", salt, key),
		"zero time":         with("argon2id", "v=19", "m=64,t=0,p=1", salt, key),
		"zero threads":      with("argon2id", "v=19", "m=64,t=1,p=0", salt, key),
		"huge memory":       with("argon2id", "v=19", "m=4294967295,t=1,p=1", salt, key),
		"huge time":         with("argon2id", "v=19", "m=64,t=1000000,p=1", salt, key),
		"padded salt":       with("argon2id", "v=19", "m=64,t=1,p=1", salt+"==", key),
		"bad base64 salt":   with("argon2id", "v=19", "m=64,t=1,p=1", "!!!!"+salt, key),
		"bad base64 hash":   with("argon2id", "v=19", "m=64,t=1,p=1", salt, key[:len(key)-1]+"*"),
		"short salt":        with("argon2id", "v=19", "m=64,t=1,p=1", "AAAA", key),
		"short hash":        with("argon2id", "v=19", "m=64,t=1,p=1", salt, "AAAAAAAA"),
		"empty hash":        with("argon2id", "v=19", "m=64,t=1,p=1", salt, ""),
	}
	for name, enc := range cases {
		ok, err := Verify("secret-password", enc)
		require.False(t, ok, name)
		require.ErrorIs(t, err, ErrMalformed, name)
		require.True(t, NeedsRehash(enc, Fast), name)
	}
}

func TestNeedsRehash(t *testing.T) {
	h, err := Hash("pw-for-rehash", Fast)
	require.NoError(t, err)
	require.False(t, NeedsRehash(h, Fast))

	// Any single differing parameter must trigger a rehash.
	variants := []func(*Params){
		func(p *Params) { p.Memory *= 2 },
		func(p *Params) { p.Time++ },
		func(p *Params) { p.Threads++ },
		func(p *Params) { p.SaltLen++ },
		func(p *Params) { p.KeyLen++ },
	}
	for i, mutate := range variants {
		p := Fast
		mutate(&p)
		require.True(t, NeedsRehash(h, p), "variant %d", i)
	}
	require.True(t, NeedsRehash(h, Default))
	require.True(t, NeedsRehash("garbage", Fast))
}

func TestCheckStrength(t *testing.T) {
	tests := []struct {
		pw     string
		reason StrengthReason
		msg    string
		msgZH  string
	}{
		{"", TooShort, "at least 8", "不能少于8个字符"},
		{"abc1234", TooShort, "at least 8", "不能少于8个字符"},
		{"密码密码密码密", TooShort, "at least 8", "不能少于8个字符"}, // 21 bytes but 7 characters
		{strings.Repeat("ab", 64) + "c", TooLong, "at most 128", "不能超过128个字符"},
		{"aaaaaaaa", Repeated, "single repeated character", "同一个字符重复"},
		{"        ", Repeated, "single repeated character", "同一个字符重复"},
		{strings.Repeat("密", 20), Repeated, "single repeated character", "同一个字符重复"},
	}
	for _, tt := range tests {
		err := CheckStrength(tt.pw)
		var se *StrengthError
		require.True(t, errors.As(err, &se), "%q: got %v", tt.pw, err)
		require.Equal(t, tt.reason, se.Reason, tt.pw)
		require.Contains(t, se.Error(), tt.msg)
		require.Contains(t, se.MessageZH(), tt.msgZH)
	}

	for _, ok := range []string{
		"abcd1234",
		"aaaaaaab",
		"密码密码密码密码", // 8 characters
		strings.Repeat("ab", 64),
		"correct horse battery staple",
	} {
		require.NoError(t, CheckStrength(ok), ok)
	}
}

// The dummy hash must be well-formed with exactly the requested parameters;
// if it failed to parse, DummyVerify would return instantly and defeat its
// purpose.
func TestDummyHashParses(t *testing.T) {
	for _, p := range []Params{Default, Fast} {
		got, err := ParamsOf(DummyHash(p))
		require.NoError(t, err)
		require.Equal(t, p, got)
	}
	h, err := Hash("x", Fast)
	require.NoError(t, err)
	got, err := ParamsOf(h)
	require.NoError(t, err)
	require.Equal(t, Fast, got)
	ok, err := Verify("", DummyHash(Fast))
	require.NoError(t, err)
	require.False(t, ok)
}

// DummyVerify must cost about as much as verifying a real Default hash. The
// bound is loose (a quarter) so that a busy CI machine does not make it
// flaky, but it still fails if DummyVerify short-circuits.
func TestDummyVerifyTiming(t *testing.T) {
	h, err := Hash("timing-password", Default)
	require.NoError(t, err)

	fastest := func(f func()) time.Duration {
		best := time.Duration(1<<63 - 1)
		for range 3 {
			start := time.Now()
			f()
			best = min(best, time.Since(start))
		}
		return best
	}
	verify := fastest(func() { _, _ = Verify("wrong-password", h) })
	dummy := fastest(func() { DummyVerify("wrong-password", Default) })
	t.Logf("verify %v, dummy %v", verify, dummy)
	require.Greater(t, dummy, verify/4)
}

// However many hashes and verifications are asked for at once, at most
// MaxConcurrent derivations hold their memory at a time, and every caller
// still gets its answer.
func TestDerivationsAreBounded(t *testing.T) {
	var now, peak atomic.Int32
	real := deriveKey
	deriveKey = func(pw, salt []byte, passes, memory uint32, threads uint8, keyLen uint32) []byte {
		n := now.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		defer now.Add(-1)
		time.Sleep(5 * time.Millisecond) // a real run's length, so that callers overlap
		return real(pw, salt, passes, memory, threads, keyLen)
	}
	t.Cleanup(func() { deriveKey = real })

	h, err := Hash("correct horse battery", Fast)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	results := make([]bool, 16)
	for i := range results {
		wg.Go(func() {
			ok, err := Verify(map[bool]string{true: "correct horse battery", false: "wrong"}[i%2 == 0], h)
			if err != nil {
				t.Error(err)
			}
			results[i] = ok
		})
	}
	wg.Wait()
	for i, ok := range results {
		if ok != (i%2 == 0) {
			t.Fatalf("verification %d = %v", i, ok)
		}
	}
	if p := peak.Load(); p < 1 || p > MaxConcurrent {
		t.Fatalf("peak concurrent derivations = %d, want 1..%d", p, MaxConcurrent)
	}
}

// While derivations run, the runtime's memory limit is raised by each one's
// memory cost, and it is back where it was when they end; without a limit
// nothing changes.
func TestDerivationsLendTheirMemoryToTheLimit(t *testing.T) {
	const base = 80 << 20
	before := debug.SetMemoryLimit(base)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	var mu sync.Mutex
	seen := map[int64]bool{}
	real := deriveKey
	deriveKey = func(pw, salt []byte, passes, memory uint32, threads uint8, keyLen uint32) []byte {
		mu.Lock()
		seen[debug.SetMemoryLimit(-1)] = true
		mu.Unlock()
		time.Sleep(5 * time.Millisecond) // so that derivations overlap
		return real(pw, salt, passes, memory, threads, keyLen)
	}
	t.Cleanup(func() { deriveKey = real })

	cost := int64(Fast.Memory) << 10
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := Hash("correct horse battery", Fast); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for limit := range seen {
		if limit != base+cost && limit != base+2*cost {
			t.Fatalf("limit during a derivation = %d, want %d plus %d or %d", limit, base, cost, 2*cost)
		}
	}
	if !seen[base+cost] && !seen[base+2*cost] {
		t.Fatalf("no derivation saw a raised limit: %v", seen)
	}
	if got := debug.SetMemoryLimit(-1); got != base {
		t.Fatalf("limit after the derivations = %d, want %d", got, base)
	}

	debug.SetMemoryLimit(math.MaxInt64)
	clear(seen)
	if _, err := Hash("correct horse battery", Fast); err != nil {
		t.Fatal(err)
	}
	if !seen[math.MaxInt64] || len(seen) != 1 {
		t.Fatalf("without a limit a derivation saw %v, want only no limit", seen)
	}
}

var heldGarbage [][]byte

// A large derivation starts once the heap's free pages are back with the
// system: the garbage a server collected but kept mapped is not resident
// beside the derivation's own memory. A small one leaves them.
func TestLargeDerivationsReleaseTheHeapsFreePages(t *testing.T) {
	freeBytes := func() uint64 {
		s := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	var during []uint64
	real := deriveKey
	deriveKey = func(pw, salt []byte, passes, memory uint32, threads uint8, keyLen uint32) []byte {
		during = append(during, freeBytes())
		return real(pw, salt, passes, memory, threads, keyLen)
	}
	t.Cleanup(func() { deriveKey = real })

	const garbage = 64 << 20
	for _, p := range []Params{
		{Memory: releaseAbove, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32},
		{Memory: releaseAbove - 1, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32},
	} {
		// 64 MiB of garbage, collected: free pages the heap keeps mapped.
		// Held in a package variable until collected, so that the
		// compiler cannot leave the allocations out.
		heldGarbage = make([][]byte, garbage>>20)
		for i := range heldGarbage {
			heldGarbage[i] = make([]byte, 1<<20)
		}
		heldGarbage = nil
		runtime.GC()
		if before := freeBytes(); before < garbage/2 {
			t.Fatalf("only %d bytes of free heap pages after collecting %d of garbage: nothing to release", before, garbage)
		}
		during = during[:0]
		if _, err := Hash("correct horse battery", p); err != nil {
			t.Fatal(err)
		}
		if len(during) != 1 {
			t.Fatalf("%d derivations, want 1", len(during))
		}
		released := during[0] < 8<<20
		if want := p.Memory >= releaseAbove; released != want {
			t.Fatalf("memory %d KiB: %d bytes of free heap pages during the derivation; released = %v, want %v",
				p.Memory, during[0], released, want)
		}
	}
}

// A derivation holds a processor for each of its lanes while it runs, so
// that the server's governor (internal/procs) gives it that many, and
// gives them back when it ends.
func TestDerivationHoldsAProcessorPerLane(t *testing.T) {
	before := procs.Demand()
	var during int64
	real := deriveKey
	deriveKey = func(pw, salt []byte, passes, memory uint32, threads uint8, keyLen uint32) []byte {
		during = procs.Demand()
		return real(pw, salt, passes, memory, threads, keyLen)
	}
	t.Cleanup(func() { deriveKey = real })

	p := Fast
	p.Threads = 3
	_, err := Hash("correct horse battery", p)
	require.NoError(t, err)
	require.Equal(t, before+3, during)
	require.Equal(t, before, procs.Demand())
}
