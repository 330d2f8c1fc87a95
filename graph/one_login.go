package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"hatchery/internal/apperr"
)

// ReasonOneLogin is the extensions.reason of a request refused by oneLogin.
const ReasonOneLogin = "ONE_LOGIN_PER_REQUEST"

// errOneLogin is BAD_USER_INPUT: the request's shape is what is wrong, like
// an operation over the cost limit; nothing was tried, so it is not a
// failed login and not a FORBIDDEN either.
var errOneLogin = apperr.New(apperr.BadUserInput,
	"a request may carry one login and nothing else: send login on its own, once",
	"一次请求只能包含一个 login，且不能附带其他操作：请单独发送一次 login").WithReason(ReasonOneLogin)

// oneLogin refuses, before any resolver runs, an operation with more than one
// login field or with login next to other fields. Without it one POST could
// carry hundreds of aliased guesses, and which alias succeeded would tell the
// password while the throttle saw a single request's worth of time. Aliases,
// fragments (spread as often as they appear) and fields under @skip or
// @include all count: the rule reads the text, not what would run. Mixing
// login with other mutations is refused too, since login runs outside the
// mutation transaction (tx.go) and would take them out of it.
type oneLogin struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = oneLogin{}

func (oneLogin) ExtensionName() string                   { return "OneLogin" }
func (oneLogin) Validate(graphql.ExecutableSchema) error { return nil }

func (oneLogin) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil // login is a mutation field: nothing else can hold one
	}
	c := countLogins(oc.Operation.SelectionSet, map[string]*loginCount{})
	if c.logins > 1 || (c.logins == 1 && c.others > 0) {
		return gqlerror.WrapIfUnwrapped(errOneLogin)
	}
	return nil
}

// loginCount counts an operation's top-level fields: logins and the rest
// (__typename aside, which runs nothing). Counts stop at 2: the rule needs no
// more, and a fragment spread twice in a fragment spread twice, forty levels
// deep, cannot overflow them.
type loginCount struct{ logins, others int }

func (c *loginCount) add(o loginCount) {
	c.logins = min(c.logins+o.logins, 2)
	c.others = min(c.others+o.others, 2)
}

// countLogins walks the top level of a mutation: fields, inline fragments and
// named fragments (all on Mutation; validation has checked that). Each named
// fragment is counted once (frags); one met again while being counted (a
// cycle, invalid anyway) counts as nothing.
func countLogins(set ast.SelectionSet, frags map[string]*loginCount) loginCount {
	var c loginCount
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			switch s.Name {
			case "login":
				c.add(loginCount{logins: 1})
			case "__typename":
			default:
				c.add(loginCount{others: 1})
			}
		case *ast.InlineFragment:
			c.add(countLogins(s.SelectionSet, frags))
		case *ast.FragmentSpread:
			if s.Definition == nil {
				continue
			}
			f, ok := frags[s.Name]
			if !ok {
				frags[s.Name] = &loginCount{}
				n := countLogins(s.Definition.SelectionSet, frags)
				f = &n
				frags[s.Name] = f
			}
			c.add(*f)
		}
	}
	return c
}
