// Package viewer carries the identity of whoever is making a request (the
// viewer) in the context: their user, home domain and organisations. It is
// set once by the HTTP middleware and read by privacy rules and hooks.
package viewer

import "context"

// Viewer is the authenticated user behind a request.
type Viewer struct {
	UserID   int
	Username string
	// DomainID is the user's home domain: the tenant their requests act in.
	DomainID int
	// OrgIDs are the organisations the user is a member of ("own organisation").
	OrgIDs []int
	// SessionID is the server-side session the request came with, if any.
	SessionID int
}

type ctxKey struct{}

// NewContext returns ctx carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer in ctx, or nil for an anonymous request.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(ctxKey{}).(*Viewer)
	return v
}

// MemberOf reports whether the viewer belongs to organisation id.
func (v *Viewer) MemberOf(id int) bool {
	for _, o := range v.OrgIDs {
		if o == id {
			return true
		}
	}
	return false
}

// Subject is the viewer's Casbin subject.
func (v *Viewer) Subject() string { return Subject(v.UserID) }

// Domain is the viewer's Casbin domain.
func (v *Viewer) Domain() string { return Domain(v.DomainID) }
