package letter

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
)

// MinSecretSize is the shortest secret Sign and Verify accept: 32 random
// bytes, HMAC-SHA256's own strength.
//
// Tokens are printed on paper, so the secret must outlive every letter:
// keep it in persistent storage, back it up, and never rotate it without
// keeping the old one for Verify, or the QR codes of earlier letters stop
// verifying.
const MinSecretSize = 32

// macSize is how much of the HMAC-SHA256 a token keeps: 16 bytes (128 bits).
// Truncating an HMAC is safe (RFC 2104 §5, NIST SP 800-107 §5.3.4): without
// the key, each guess at a tag succeeds with probability 2^-128, and guesses
// can only be checked by asking our server, one request each. Even 64 bits
// would put a forgery far out of reach at any request rate; 128 leaves a
// wide margin while keeping the token (and so the QR code) short: 24
// characters for a case ID below 8,192, at most 27 below 2^27.
const macSize = 16

// tokenDomain separates these MACs from any other made with the same
// secret, so a token can never be a valid MAC of some other message.
const tokenDomain = "hatchery/letter-verify/v1\x00"

// maxTokenLen bounds what Verify decodes: a 10-byte varint and the MAC.
const maxTokenLen = 40

// tokenEncoding is URL-safe base64 without padding, strict so that each
// token has exactly one spelling.
var tokenEncoding = base64.RawURLEncoding.Strict()

// Sign returns the token of the public verification URL of caseID's letter:
// URL-safe base64 of the case ID (a varint) and a truncated HMAC-SHA256 of
// it. The case ID is readable from the token; it grants nothing by itself.
//
// Sign panics if secret is shorter than MinSecretSize: that is a
// configuration error to catch at start-up, not a condition to handle.
func Sign(secret []byte, caseID int) string {
	if len(secret) < MinSecretSize {
		panic(fmt.Sprintf("letter: Sign with a %d-byte secret, want at least %d", len(secret), MinSecretSize))
	}
	payload := binary.AppendVarint(nil, int64(caseID))
	return tokenEncoding.EncodeToString(append(payload, tokenMAC(secret, payload)...))
}

// Verify returns the case ID in token if Sign made it with secret. Any
// other token, including a truncated or edited one, gives ok false, and so
// does a secret shorter than MinSecretSize. The MAC comparison takes the
// same time wherever the tag differs, so timing tells an attacker nothing
// about how close a guess was.
func Verify(secret []byte, token string) (caseID int, ok bool) {
	if len(secret) < MinSecretSize || len(token) > maxTokenLen {
		return 0, false
	}
	raw, err := tokenEncoding.DecodeString(token)
	if err != nil || len(raw) <= macSize {
		return 0, false
	}
	payload, tag := raw[:len(raw)-macSize], raw[len(raw)-macSize:]
	if !hmac.Equal(tag, tokenMAC(secret, payload)) {
		return 0, false
	}
	id, n := binary.Varint(payload)
	if n != len(payload) || int64(int(id)) != id { // only Sign's own encodings pass the MAC; belt and braces
		return 0, false
	}
	return int(id), true
}

func tokenMAC(secret, payload []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(tokenDomain))
	m.Write(payload)
	return m.Sum(nil)[:macSize]
}
