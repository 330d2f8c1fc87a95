package schema

import "regexp"

// usernamePattern keeps usernames typeable and safe in URLs and logs.
var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,63}$`)

// sha256Pattern is a lower-case hex SHA-256 digest.
var sha256Pattern = regexp.MustCompile(`^[0-9a-f]{64}$`)

// casePrefixPattern is a short upper-case prefix of case numbers.
var casePrefixPattern = regexp.MustCompile(`^[A-Z]{1,6}$`)

// serviceItemCodePattern is an upper-case identifier.
var serviceItemCodePattern = regexp.MustCompile(`^[A-Z][A-Z0-9_]{1,49}$`)

// divisionCodePattern is a six-digit administrative division code (GB/T 2260).
var divisionCodePattern = regexp.MustCompile(`^[1-9][0-9]{5}$`)
