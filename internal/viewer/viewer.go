// Package viewer carries the identity of whoever is making a request (the
// viewer) in the context: their user, home domain and organisations. It is
// set once by the HTTP middleware and read by privacy rules and hooks.
package viewer

import "context"

// Viewer is the authenticated user behind a request.
type Viewer struct {
	UserID   int
	Username string
	// DomainID is the domain the request acts in: records created land in
	// it and it is the domain audit rows record as acted in. It is the
	// user's home domain unless a platform admin chose another (Acting).
	DomainID int
	// HomeDomainID is the domain the user belongs to.
	HomeDomainID int
	// Acting is set when a viewer acting across domains chose DomainID
	// (actInDomain): their lists then narrow to that domain, as a bureau
	// admin's would, instead of showing every domain.
	Acting bool
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

// ActingIn returns a copy of v acting in domain id (see Acting).
func (v *Viewer) ActingIn(id int) *Viewer {
	c := *v
	c.DomainID, c.Acting = id, true
	return &c
}
