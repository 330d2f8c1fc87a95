// Package owner is the registry of the kinds of record a document can be
// attached to. A document names its owner generically (owner_kind,
// owner_id), so a new kind of owner — a case, a proposal, a tenancy — is a
// Register call, not a new column: the kind says who may attach to one of
// its records and which of its records a viewer may read documents
// through, and the one document privacy rule (internal/authz) asks it.
package owner

import (
	"context"
	"sort"
	"sync"

	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/internal/viewer"
)

// Kind is one kind of owner.
type Kind interface {
	// MayAttach returns nil when the viewer in ctx may attach a document
	// to the record id of this kind, else why not as an apperr error
	// (NOT_FOUND for a record the viewer cannot see, FORBIDDEN for one
	// they may only read); the privacy rule turns it into a denial.
	MayAttach(ctx context.Context, c *gen.Client, id int) error
	// ReadableOwn is the SQL condition on ownerID (the qualified
	// owner_id column) picking the records of this kind whose documents v
	// may read under document:read_own (their own records, or those they
	// reach through another table: a subquery is fine); nil means none.
	// document:read (the whole domain) asks it only of a Guarded kind.
	ReadableOwn(v *viewer.Viewer, ownerID string) *sql.Predicate
}

// Guarded is a Kind whose documents document:read alone does not open:
// reading the whole domain's documents reads this kind's only for a viewer
// MayReadAll admits; anyone else reads those ReadableOwn gives them. For
// records of a programme other readers of documents have no right to (a
// party visit's photos are the party committee's, not an expert's).
type Guarded interface {
	MayReadAll(ctx context.Context) bool
}

// Organization is the kind key of an organisation owner.
const Organization = "organization"

var (
	mu    sync.RWMutex
	kinds = map[string]Kind{}
)

// Register adds the kind named key; registering a key twice panics (two
// packages claiming one kind is a programming error).
func Register(key string, k Kind) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := kinds[key]; dup {
		panic("owner: kind registered twice: " + key)
	}
	kinds[key] = k
}

// Lookup returns the kind named key.
func Lookup(key string) (Kind, bool) {
	mu.RLock()
	defer mu.RUnlock()
	k, ok := kinds[key]
	return k, ok
}

// Keys lists the registered kinds in order, so filters built from them
// are the same SQL every time.
func Keys() []string {
	mu.RLock()
	defer mu.RUnlock()
	keys := make([]string, 0, len(kinds))
	for k := range kinds {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Ref names one owner record.
type Ref struct {
	Kind string
	ID   int
}
