package authz

import "context"

type ctxKey struct{}

// NewContext returns ctx carrying the authorizer, for privacy rules to consult.
func NewContext(ctx context.Context, a *Authorizer) context.Context {
	return context.WithValue(ctx, ctxKey{}, a)
}

// FromContext returns the authorizer in ctx, or nil.
func FromContext(ctx context.Context) *Authorizer {
	a, _ := ctx.Value(ctxKey{}).(*Authorizer)
	return a
}
