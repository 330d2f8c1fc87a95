package review

import gen "hatchery/ent"

// Reviewer is a panel member and how many items they hold.
type Reviewer struct {
	User      *gen.User
	Load      int
	Submitted int
}
