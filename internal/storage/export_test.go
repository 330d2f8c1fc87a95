package storage

import "time"

// SetLocalClock replaces l's clock, so tests can expire tokens without
// sleeping. Call it before l is used.
func SetLocalClock(l *Local, now func() time.Time) { l.now = now }
