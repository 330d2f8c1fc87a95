package storage

// Signed tokens for the Local backend. They stand in for what S3 does with a
// POST policy and a presigned GET: the server states what one request may do
// (which key, which Content-Type, how large, until when), signs it, and
// hands it to the browser; the handler later believes nothing but what the
// signature covers.
//
// Format: base64url(JSON claims) "." base64url(HMAC-SHA256). The purpose
// ("upload" or "download") is part of the signed input but not of the token,
// so a token made for one purpose fails the signature check for the other,
// and a check cannot forget to compare it.

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// SecretSize is the length in bytes of the Local backend's signing key.
const SecretSize = 32

// maxTokenLen bounds what we decode from a request: a key of at most
// maxKeyLen bytes plus a file name stays well inside it.
const maxTokenLen = 4096

const (
	purposeUpload   = "hatchery/storage upload"
	purposeDownload = "hatchery/storage download"
)

var (
	errTokenInvalid = errors.New("invalid or tampered token")
	errTokenExpired = errors.New("token expired")
)

// b64 is strict so that each token has exactly one spelling: otherwise a
// change to the unused low bits of the last character would decode to the
// same signature and pass.
var b64 = base64.RawURLEncoding.Strict()

// uploadClaims is what an upload token allows. JSON names are short to keep
// the form field small.
type uploadClaims struct {
	Key         string `json:"k"`
	ContentType string `json:"t"`
	MaxSize     int64  `json:"m"`
	Expires     int64  `json:"e"` // Unix seconds
}

// downloadClaims is what a download token allows; it travels in a URL.
type downloadClaims struct {
	Key      string `json:"k"`
	Filename string `json:"f"`
	Inline   bool   `json:"i,omitempty"`
	Expires  int64  `json:"e"` // Unix seconds
}

func (c *uploadClaims) expires() int64   { return c.Expires }
func (c *downloadClaims) expires() int64 { return c.Expires }

// expiryUnix rounds now+d up to a whole second, so a token is never valid
// for less than was asked.
func expiryUnix(now time.Time, d time.Duration) int64 {
	t := now.Add(d)
	if t.Nanosecond() == 0 {
		return t.Unix()
	}
	return t.Unix() + 1
}

func signToken(secret []byte, purpose string, claims any) (string, error) {
	payload, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	return b64.EncodeToString(payload) + "." + b64.EncodeToString(mac(secret, purpose, payload)), nil
}

// openToken verifies tok's signature for purpose, decodes it into claims
// and checks that it has not expired at now.
func openToken(secret []byte, purpose, tok string, now time.Time, claims interface{ expires() int64 }) error {
	if len(tok) > maxTokenLen {
		return errTokenInvalid
	}
	p, s, ok := strings.Cut(tok, ".")
	if !ok {
		return errTokenInvalid
	}
	payload, err1 := b64.DecodeString(p)
	sig, err2 := b64.DecodeString(s)
	if err1 != nil || err2 != nil || !hmac.Equal(sig, mac(secret, purpose, payload)) {
		return errTokenInvalid
	}
	if err := json.Unmarshal(payload, claims); err != nil {
		return errTokenInvalid // cannot happen for a token we signed
	}
	if now.Unix() >= claims.expires() {
		return errTokenExpired
	}
	return nil
}

func mac(secret []byte, purpose string, payload []byte) []byte {
	h := hmac.New(sha256.New, secret)
	h.Write([]byte(purpose))
	h.Write([]byte{0})
	h.Write(payload)
	return h.Sum(nil)
}

// LoadOrCreateSecret returns the SecretSize-byte signing key stored in the
// file at path, creating the file (mode 0600, random key) if it does not
// exist. Keeping the key on disk makes upload forms and download links
// survive a restart.
//
// The key is written to a temporary file and linked into place, so a crash
// or a second process starting at the same moment never leaves or reads a
// half-written key: whoever links first wins and the other reads that key.
func LoadOrCreateSecret(path string) ([]byte, error) {
	if key, err := readSecret(path); !errors.Is(err, fs.ErrNotExist) {
		return key, err
	}

	key := make([]byte, SecretSize)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("storage: secret: %w", err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("storage: secret: %w", err)
	}
	tmp, err := writeTemp(dir, ".secret-*", key)
	if err == nil {
		defer os.Remove(tmp)
		err = os.Link(tmp, path) // fails, unlike a rename, if path exists
	}
	switch {
	case errors.Is(err, fs.ErrExist):
		return readSecret(path) // another process was faster
	case err != nil:
		return nil, fmt.Errorf("storage: secret: %w", err)
	}
	return key, nil
}

func readSecret(path string) ([]byte, error) {
	key, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("storage: secret: %w", err)
	}
	if len(key) != SecretSize {
		return nil, fmt.Errorf("storage: secret %s holds %d bytes, want %d (delete it to make a new one; open upload forms and links then stop working)", path, len(key), SecretSize)
	}
	return key, nil
}
