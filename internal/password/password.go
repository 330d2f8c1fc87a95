// Package password hashes and verifies user passwords with argon2id.
//
// argon2id is the memory-hard function recommended by RFC 9106 and OWASP for
// password storage: the memory cost makes GPU and ASIC cracking of a leaked
// database expensive, which plain SHA-2 or even bcrypt do not achieve to the
// same degree.
//
// Hashes are stored as PHC strings,
//
//	$argon2id$v=19$m=65536,t=3,p=2$<salt>$<hash>
//
// with salt and hash in unpadded standard base64. Because the cost parameters
// travel with each hash, Verify keeps accepting hashes created with older
// parameters after Default is raised; NeedsRehash tells the login flow when
// to replace such a hash with a fresh one.
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"

	"hatchery/internal/procs"
)

// Params are the argon2id cost parameters.
type Params struct {
	// Memory is the memory cost in KiB.
	Memory uint32
	// Time is the number of passes over the memory.
	Time uint32
	// Threads is the degree of parallelism. It is part of the hash: a hash
	// made with p=2 can only be verified with p=2.
	Threads uint8
	// SaltLen and KeyLen are byte lengths of the random salt and the derived
	// key.
	SaltLen, KeyLen uint32
}

// Default are the parameters for real user passwords: 64 MiB, 3 passes, 2
// lanes, which is the first recommendation of RFC 9106 §4 scaled down to
// fit a small server, and takes tens of milliseconds on current hardware.
var Default = Params{Memory: 64 * 1024, Time: 3, Threads: 2, SaltLen: 16, KeyLen: 32}

// Fast are deliberately weak parameters (64 KiB, one pass) for tests, where
// hashing hundreds of passwords with Default would make runs take minutes.
// Never use Fast where the login service hashes with Default: a wrong
// password for an account with a Fast hash is answered in a fraction of the
// time an unknown name takes (DummyVerify), which tells that the account
// exists. Hashes made with Fast still verify everywhere, and NeedsRehash
// against Default reports them, so such an account that logs in is upgraded.
var Fast = Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

// Limits applied to parameters read from stored hashes. Verify runs whatever
// cost a stored string asks for, so a corrupted or maliciously edited row must
// not be able to make a login allocate gigabytes or spin for minutes.
const (
	maxMemory  = 1 << 20 // KiB, i.e. 1 GiB
	maxTime    = 64
	minSaltLen = 8  // the minimum allowed by RFC 9106
	minKeyLen  = 16 // shorter keys would make online guessing of collisions practical
	maxKeyLen  = 1024
	maxSaltLen = 1024
)

// algorithm and version are the only variant this package writes or reads;
// argon2i/argon2d and the pre-1.3 version (0x10) were never produced here, so
// seeing them means the string came from somewhere else.
const (
	algorithm = "argon2id"
	version   = argon2.Version // 19 (0x13)
)

// ErrMalformed is wrapped by every error about an encoded hash that cannot be
// parsed, so callers can tell corrupt data apart from a wrong password
// (which is reported as false with a nil error).
var ErrMalformed = errors.New("password: malformed hash")

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)
}

// validate rejects parameters argon2 would reject or silently adjust, so that
// the stored string always describes exactly what was computed.
func (p Params) validate() error {
	switch {
	case p.Time < 1 || p.Time > maxTime:
		return fmt.Errorf("password: time must be between 1 and %d, got %d", maxTime, p.Time)
	case p.Threads < 1:
		return errors.New("password: threads must be at least 1")
	case p.Memory < 8*uint32(p.Threads) || p.Memory > maxMemory:
		// argon2 raises memory below 8*threads on its own; refusing keeps the
		// encoded m= value honest.
		return fmt.Errorf("password: memory must be between %d and %d KiB, got %d", 8*uint32(p.Threads), maxMemory, p.Memory)
	case p.SaltLen < minSaltLen || p.SaltLen > maxSaltLen:
		return fmt.Errorf("password: salt length must be between %d and %d, got %d", minSaltLen, maxSaltLen, p.SaltLen)
	case p.KeyLen < minKeyLen || p.KeyLen > maxKeyLen:
		return fmt.Errorf("password: key length must be between %d and %d, got %d", minKeyLen, maxKeyLen, p.KeyLen)
	}
	return nil
}

// Hash derives an argon2id hash of plain with a fresh random salt and returns
// it as a PHC string. It does not check strength; call CheckStrength on new
// passwords first.
func Hash(plain string, p Params) (string, error) {
	if err := p.validate(); err != nil {
		return "", err
	}
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password: reading salt: %w", err)
	}
	key := idKey([]byte(plain), salt, p)
	return encode(p, salt, key), nil
}

func encode(p Params, salt, key []byte) string {
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$%s$v=%d$m=%d,t=%d,p=%d$%s$%s",
		algorithm, version, p.Memory, p.Time, p.Threads,
		b64.EncodeToString(salt), b64.EncodeToString(key))
}

// decoded is a parsed PHC string.
type decoded struct {
	params Params
	salt   []byte
	key    []byte
}

// decode parses a PHC string strictly: the exact field order this package
// writes, no optional fields, no padding. Being strict costs nothing since
// only this package writes these strings, and it means a tampered string is
// reported instead of being half-understood.
func decode(encoded string) (*decoded, error) {
	parts := strings.Split(encoded, "$")
	// "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
	if len(parts) != 6 || parts[0] != "" {
		return nil, malformed("expected 5 '$'-separated fields")
	}
	if parts[1] != algorithm {
		return nil, malformed("unsupported algorithm %q", parts[1])
	}
	v, ok := strings.CutPrefix(parts[2], "v=")
	if !ok {
		return nil, malformed("missing version")
	}
	if n, err := parseUint(v, 32); err != nil || n != version {
		return nil, malformed("unsupported version %q", v)
	}

	var d decoded
	fields := strings.Split(parts[3], ",")
	if len(fields) != 3 {
		return nil, malformed("expected parameters m, t and p")
	}
	for i, name := range []string{"m", "t", "p"} {
		val, ok := strings.CutPrefix(fields[i], name+"=")
		if !ok {
			return nil, malformed("expected parameter %q at position %d", name, i+1)
		}
		bits := 32
		if name == "p" {
			bits = 8
		}
		n, err := parseUint(val, bits)
		if err != nil {
			return nil, malformed("parameter %s: %v", name, err)
		}
		switch name {
		case "m":
			d.params.Memory = uint32(n)
		case "t":
			d.params.Time = uint32(n)
		case "p":
			d.params.Threads = uint8(n)
		}
	}

	var err error
	b64 := base64.RawStdEncoding.Strict()
	if d.salt, err = b64.DecodeString(parts[4]); err != nil {
		return nil, malformed("salt: %v", err)
	}
	if d.key, err = b64.DecodeString(parts[5]); err != nil {
		return nil, malformed("hash: %v", err)
	}
	d.params.SaltLen = uint32(len(d.salt))
	d.params.KeyLen = uint32(len(d.key))
	if err := d.params.validate(); err != nil {
		return nil, malformed("%v", err)
	}
	return &d, nil
}

// parseUint accepts only canonical decimal numbers: no sign, no leading
// zeros, so that each hash has exactly one textual form.
func parseUint(s string, bits int) (uint64, error) {
	if s == "" || (len(s) > 1 && s[0] == '0') || s[0] == '+' {
		return 0, fmt.Errorf("invalid number %q", s)
	}
	return strconv.ParseUint(s, 10, bits)
}

// Verify reports whether plain matches the encoded hash. A wrong password is
// (false, nil); an unparseable hash is (false, err) with err wrapping
// ErrMalformed. The final comparison is constant-time so that response
// timing does not reveal how many leading bytes of the key matched.
func Verify(plain, encoded string) (bool, error) {
	d, err := decode(encoded)
	if err != nil {
		return false, err
	}
	p := d.params
	key := idKey([]byte(plain), d.salt, p)
	return subtle.ConstantTimeCompare(key, d.key) == 1, nil
}

// NeedsRehash reports whether encoded should be replaced by Hash(plain, p)
// after a successful login: when it was made with any parameter other than
// p (weaker or, after a deliberate downgrade, stronger), or cannot be parsed.
func NeedsRehash(encoded string, p Params) bool {
	d, err := decode(encoded)
	if err != nil {
		return true
	}
	return d.params != p
}

// ParamsOf returns the cost parameters an encoded hash was made with: what
// verifying a password against it costs.
func ParamsOf(encoded string) (Params, error) {
	d, err := decode(encoded)
	if err != nil {
		return Params{}, err
	}
	return d.params, nil
}

// DummyVerify runs a verification with parameters p against a hash that no
// password matches, and throws the result away. Call it when a login names
// an unknown user, with the parameters real accounts are hashed with:
// without it that path would answer in microseconds while a known user costs
// a full argon2id run, letting an attacker enumerate accounts by timing.
func DummyVerify(plain string, p Params) {
	_, _ = Verify(plain, DummyHash(p))
}

// DummyHash is a well-formed hash with params p and an all-zero salt and
// key, which no password matches (argon2id would have to output zeros). It
// is rebuilt on each call rather than cached so that it follows p;
// formatting is negligible next to argon2id itself.
func DummyHash(p Params) string {
	return encode(p, make([]byte, p.SaltLen), make([]byte, p.KeyLen))
}

// MaxConcurrent is how many argon2id derivations run at once in this
// process; the others wait their turn. Each holds its memory cost (64 MiB
// with Default) until it ends, so without a bound a burst of logins, or an
// attacker posting wrong passwords in parallel, makes the server allocate
// 64 MiB per request in flight: 50 at once is over 3 GiB. Two at once is
// 128 MiB at most, and keeps both cores of a small server busy (each run
// already uses two lanes), so queued logins do not finish later than they
// would have by running together.
const MaxConcurrent = 2

var (
	slots = make(chan struct{}, MaxConcurrent)
	// deriveKey is argon2.IDKey; tests replace it to observe the bound.
	deriveKey = argon2.IDKey
)

// idKey derives plain's key with salt and p, waiting for a free slot, with
// the heap's idle pages handed back first and its memory cost lent to the
// runtime's memory limit (memory_limit.go). It holds a processor for each
// of its lanes (internal/procs): on one, a login's two lanes took 0.34–0.49 s
// against 0.22–0.30 s on two.
func idKey(plain, salt []byte, p Params) []byte {
	slots <- struct{}{}
	defer func() { <-slots }()
	defer procs.Hold(int(p.Threads))()
	releaseIdle(p.Memory)
	defer lendMemory(p.Memory)()
	return deriveKey(plain, salt, p.Time, p.Memory, p.Threads, p.KeyLen)
}
