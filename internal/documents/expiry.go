package documents

import (
	"time"
)

// Expiry is how close a document is to its expiry date.
type Expiry string

// The expiry states.
const (
	ExpiryNone         Expiry = "NONE"
	ExpiryValid        Expiry = "VALID"
	ExpiryExpiringSoon Expiry = "EXPIRING_SOON"
	ExpiryExpired      Expiry = "EXPIRED"
)

// dateOf is the calendar date of t, as midnight UTC: expiry dates are days,
// not instants.
func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// china is the time zone "today" is counted in: the platform serves Chinese
// counties, whatever the server's own zone is.
var china = time.FixedZone("CST", 8*3600)

// DaysUntil counts whole days from today (in China) to expiresOn (0 on the
// day itself, negative after it).
func DaysUntil(expiresOn, now time.Time) int {
	return int(dateOf(expiresOn).Sub(dateOf(now.In(china))).Hours() / 24)
}

// ExpiryOf classifies a document valid through expiresOn (nil: no expiry).
// A document is valid on its expiry date and expired from the day after.
func ExpiryOf(expiresOn *time.Time, now time.Time) Expiry {
	if expiresOn == nil {
		return ExpiryNone
	}
	switch days := DaysUntil(*expiresOn, now); {
	case days < 0:
		return ExpiryExpired
	case days <= ExpiringSoonDays:
		return ExpiryExpiringSoon
	}
	return ExpiryValid
}
