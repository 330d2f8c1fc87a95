package schema

import (
	"errors"
	"regexp"
)

// usernamePattern keeps usernames typeable and safe in URLs and logs.
var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,63}$`)

// sha256Pattern is a lower-case hex SHA-256 digest.
var sha256Pattern = regexp.MustCompile(`^[0-9a-f]{64}$`)

// casePrefixPattern is a short upper-case prefix of case numbers.
var casePrefixPattern = regexp.MustCompile(`^[A-Z]{1,6}$`)

// serviceItemCodePattern is an upper-case identifier.
var serviceItemCodePattern = regexp.MustCompile(`^[A-Z][A-Z0-9_]{1,49}$`)

// programmePattern is a programme's key as casework registers it (e.g.
// venture_grant): lower-case, stable, stored on service items and cases.
var programmePattern = regexp.MustCompile(`^[a-z][a-z0-9_]{1,49}$`)

var errProgrammeKey = errors.New("a programme key is lower-case letters, digits and _, starting with a letter")

// divisionCodePattern is a six-digit administrative division code (GB/T 2260).
var divisionCodePattern = regexp.MustCompile(`^[1-9][0-9]{5}$`)
