package letter_test

import (
	"bytes"
	"math"
	"regexp"
	"strings"
	"testing"

	"hatchery/internal/letter"
)

var urlSafe = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

func TestSignVerifyRoundTrip(t *testing.T) {
	t.Parallel()
	for _, id := range []int{0, 1, 123, 8191, 8192, 1 << 20, math.MaxInt32, math.MaxInt, -1, math.MinInt} {
		tok := letter.Sign(secret, id)
		if !urlSafe.MatchString(tok) {
			t.Errorf("Sign(%d) = %q: not URL-safe", id, tok)
		}
		if got, ok := letter.Verify(secret, tok); !ok || got != id {
			t.Errorf("Verify(Sign(%d)) = %d, %v", id, got, ok)
		}
	}
	// Short, for a small QR code: 24 characters for the first 8191 cases.
	if tok := letter.Sign(secret, 8191); len(tok) != 24 {
		t.Errorf("token for case 8191 is %d characters (%q), want 24", len(tok), tok)
	}
	if tok := letter.Sign(secret, 1<<26); len(tok) > 27 {
		t.Errorf("token for case 2^26 is %d characters, want at most 27", len(tok))
	}
	if letter.Sign(secret, 1) == letter.Sign(secret, 2) {
		t.Error("two cases have the same token")
	}
}

func TestVerifyRefusesTamperedTokens(t *testing.T) {
	t.Parallel()
	tok := letter.Sign(secret, 123)
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	// Every other character at every position: a forger's single edits.
	for i := range len(tok) {
		for _, c := range alphabet {
			if byte(c) == tok[i] {
				continue
			}
			forged := tok[:i] + string(c) + tok[i+1:]
			if id, ok := letter.Verify(secret, forged); ok {
				t.Fatalf("Verify(%q) (position %d edited) = %d, true", forged, i, id)
			}
		}
	}
	for n := range len(tok) {
		if id, ok := letter.Verify(secret, tok[:n]); ok {
			t.Fatalf("Verify(%q) (truncated to %d) = %d, true", tok[:n], n, id)
		}
	}
	for _, forged := range []string{
		tok + "A", tok + "=", "A" + tok, tok + tok, " " + tok, strings.ToUpper(tok),
		"", "!!!!", strings.Repeat("A", 10000),
		letter.Sign(secret, 124)[:3] + tok[3:], // another case's ID with this MAC
	} {
		if forged == tok {
			continue
		}
		if id, ok := letter.Verify(secret, forged); ok {
			t.Errorf("Verify(%.40q) = %d, true", forged, id)
		}
	}
}

func TestVerifyRefusesOtherSecrets(t *testing.T) {
	t.Parallel()
	tok := letter.Sign(secret, 123)
	other := bytes.Repeat([]byte("j"), letter.MinSecretSize)
	if id, ok := letter.Verify(other, tok); ok {
		t.Errorf("token verified under another secret as case %d", id)
	}
	longer := append(bytes.Clone(secret), 'k')
	if _, ok := letter.Verify(longer, tok); ok {
		t.Error("token verified under a longer secret")
	}
	// A misconfigured (empty or short) secret verifies nothing, even a
	// token made with it, and Sign refuses to make one.
	if _, ok := letter.Verify(nil, tok); ok {
		t.Error("Verify with no secret succeeded")
	}
	defer func() {
		if recover() == nil {
			t.Error("Sign with a short secret did not panic")
		}
	}()
	letter.Sign(secret[:letter.MinSecretSize-1], 1)
}
