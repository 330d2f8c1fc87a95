package auth

import (
	"context"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/predicate"
	"hatchery/ent/session"
)

func isNotFound(err error) bool { return gen.IsNotFound(err) }

func sessionOf(userID int) []predicate.Session {
	return []predicate.Session{session.UserID(userID), session.RevokedAtIsNil()}
}

// nowFrom is the clock for hooks, which have no Service: wall time.
func nowFrom(context.Context) time.Time { return time.Now() }
