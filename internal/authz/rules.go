package authz

import (
	"context"
	"errors"
	"fmt"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	"hatchery/ent/intercept"
	genprivacy "hatchery/ent/privacy"

	"hatchery/internal/apperr"
	"hatchery/internal/viewer"
)

// deny returns a privacy decision that also carries the code for clients.
func deny(e *apperr.Error) error { return fmt.Errorf("%w: %w", privacy.Deny, e) }

// can reports whether the viewer in ctx may do act on obj in their domain.
func can(ctx context.Context, obj, act string) bool {
	v := viewer.FromContext(ctx)
	a := FromContext(ctx)
	if v == nil || a == nil {
		return false
	}
	return a.Allowed(v.UserID, v.DomainID, obj, act)
}

// crossDomain reports whether the viewer acts in every domain: they hold
// the right and have not chosen one domain to act in (viewer.Acting), in
// which case they are held to it like the domain's own staff.
func crossDomain(ctx context.Context) bool {
	v := viewer.FromContext(ctx)
	return v != nil && !v.Acting && can(ctx, ObjDomain, ActCrossDomain)
}

// restrict narrows the rows query or mutation x can see or change to those
// matching p, through ent's generated filters (entql).
func restrict(ctx context.Context, x any, p entql.P) error {
	where := genprivacy.FilterFunc(func(_ context.Context, f genprivacy.Filter) error {
		f.Where(p)
		return privacy.Skip
	})
	// ent.Query is an empty interface: test for a mutation first.
	if m, ok := x.(ent.Mutation); ok {
		return skipOK(where.EvalMutation(ctx, m))
	}
	return skipOK(where.EvalQuery(ctx, x))
}

// restrictSQL narrows x with a raw SQL predicate: through the WhereP of
// generated mutations, and of queries by way of ent's intercept package.
func restrictSQL(_ context.Context, x any, p func(*sql.Selector)) error {
	if m, ok := x.(interface{ WhereP(...func(*sql.Selector)) }); ok {
		m.WhereP(p)
		return nil
	}
	q, err := intercept.NewQuery(x)
	if err != nil {
		return deny(apperr.ErrForbidden)
	}
	q.WhereP(p)
	return nil
}

// skipOK turns the Skip the filter returns into success; any other result
// (the generated filter denies types it does not know) stays an error.
func skipOK(err error) error {
	if err == nil || errors.Is(err, privacy.Skip) {
		return nil
	}
	return err
}

// denyIfNoViewer stops anonymous requests with UNAUTHENTICATED.
type denyIfNoViewer struct{}

func (denyIfNoViewer) EvalQuery(ctx context.Context, _ ent.Query) error { return check(ctx) }
func (denyIfNoViewer) EvalMutation(ctx context.Context, _ ent.Mutation) error {
	return check(ctx)
}
func check(ctx context.Context) error {
	if viewer.FromContext(ctx) == nil {
		return deny(apperr.ErrUnauthenticated)
	}
	return privacy.Skip
}

// scope describes how a permitted action is narrowed to rows.
type scope int

const (
	scopeDomain scope = iota // rows of the viewer's domain (all domains for platform admins)
	scopeOwnOrg              // rows of the viewer's own organisations
	scopeSelf                // the viewer's own rows
	scopeNone                // no row narrowing (creates: the domain is set by a hook)
)

// grant is one (action → scope) option; the first the viewer holds wins,
// so list the widest first.
type grant struct {
	act   string
	scope scope
}

// rowFilters says, for one object type, how each scope becomes SQL.
type rowFilters struct {
	domainColumn string // column holding the domain id
	// everyDomainWhenActing keeps every domain in view of a cross-domain
	// viewer who chose one to act in (Domain rows themselves).
	everyDomainWhenActing bool
	ownOrg                func(v *viewer.Viewer) entql.P
	// ownOrgSQL, when set, narrows scopeOwnOrg with SQL instead of ownOrg.
	ownOrgSQL func(v *viewer.Viewer) func(*sql.Selector)
	self      func(v *viewer.Viewer) entql.P
	// selfSQL, when set, narrows scopeSelf with SQL instead of self: for a
	// rule entql cannot say, such as a subquery over another table.
	selfSQL func(v *viewer.Viewer) func(*sql.Selector)
	// domainSQL, when set, narrows scopeDomain further: the rows of the
	// domain that need a right beyond the grant's (nil: none for v).
	domainSQL func(ctx context.Context, v *viewer.Viewer) func(*sql.Selector)
}

func (f rowFilters) apply(ctx context.Context, x any, s scope) error {
	v := viewer.FromContext(ctx)
	if s == scopeNone {
		return nil
	}
	// A viewer acting across domains sees every domain, unless they chose
	// one to act in: then their lists are that domain's (not for the
	// domains themselves, which the domain switcher lists).
	if !crossDomain(ctx) && !(v.Acting && f.everyDomainWhenActing && can(ctx, ObjDomain, ActCrossDomain)) {
		if err := restrict(ctx, x, entql.FieldEQ(f.domainColumn, v.DomainID)); err != nil {
			return err
		}
	}
	switch s {
	case scopeDomain:
		if f.domainSQL != nil {
			if p := f.domainSQL(ctx, v); p != nil {
				return restrictSQL(ctx, x, p)
			}
		}
	case scopeOwnOrg:
		if f.ownOrgSQL != nil {
			return restrictSQL(ctx, x, f.ownOrgSQL(v))
		}
		return restrict(ctx, x, f.ownOrg(v))
	case scopeSelf:
		if f.selfSQL != nil {
			return restrictSQL(ctx, x, f.selfSQL(v))
		}
		return restrict(ctx, x, f.self(v))
	}
	return nil
}

// typePolicy is the policy of one object type: reads and each mutation
// operation have their grants; nothing else is allowed.
type typePolicy struct {
	obj     string
	filters rowFilters
	read    []grant
	create  []grant
	update  []grant
	delete  []grant
	// extra runs after a mutation grant matched, for checks that need the
	// mutation's values (e.g. who may grant which role).
	extra func(ctx context.Context, m ent.Mutation) error
}

func (p typePolicy) EvalQuery(ctx context.Context, q ent.Query) error {
	if err := check(ctx); !isSkip(err) {
		return err
	}
	for _, g := range p.read {
		if p.holds(ctx, g) {
			if err := p.filters.apply(ctx, q, g.scope); err != nil {
				return err
			}
			return privacy.Allow
		}
	}
	return deny(apperr.ErrForbidden)
}

func (p typePolicy) EvalMutation(ctx context.Context, m ent.Mutation) error {
	if err := check(ctx); !isSkip(err) {
		return err
	}
	var grants []grant
	switch {
	case m.Op().Is(ent.OpCreate):
		grants = p.create
	case m.Op().Is(ent.OpUpdate | ent.OpUpdateOne):
		grants = p.update
	case m.Op().Is(ent.OpDelete | ent.OpDeleteOne):
		grants = p.delete
	}
	for _, g := range grants {
		if p.holds(ctx, g) {
			if err := p.filters.apply(ctx, m, g.scope); err != nil {
				return err
			}
			if p.extra != nil {
				if err := p.extra(ctx, m); err != nil {
					return err
				}
			}
			return privacy.Allow
		}
	}
	return deny(apperr.ErrForbidden)
}

func (p typePolicy) holds(ctx context.Context, g grant) bool {
	if g.act == anyViewer {
		return viewer.FromContext(ctx) != nil
	}
	return can(ctx, p.obj, g.act)
}

func isSkip(err error) bool { return err == privacy.Skip }

// SystemOnlyPolicy denies everything: only code running with an explicit
// privacy.Allow decision in its context (the auth service) gets through.
func SystemOnlyPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{denyIfNoViewer{}, privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{denyIfNoViewer{}, privacy.AlwaysDenyRule()},
	}
}

// Can reports whether the viewer in ctx holds act on obj in their domain,
// for rules that depend on a row's state as well as the role (the case
// state machine in internal/casework).
func Can(ctx context.Context, obj, act string) bool { return can(ctx, obj, act) }
