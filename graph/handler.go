package graph

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"hatchery/internal/app"
	"hatchery/internal/apperr"
	"hatchery/internal/depthlimit"
)

// Options configure the GraphQL handler.
type Options struct {
	// App is the assembled platform the resolvers work on.
	App *app.App
	Dev bool // introspection on
	Log *slog.Logger
	// Observe, when set, is told each operation's name, duration and whether it failed.
	Observe func(operation string, d time.Duration, failed bool)
	// Admission admits the queries (admission.go); nil means a new one
	// with the default number, queriesPerCore (three) per core.
	Admission *Admission
}

// NewHandler builds the GraphQL HTTP handler.
//
// It speaks POST only: a GET would carry the SameSite=Lax session cookie on a
// cross-site top-level navigation, and some fields have side effects even in
// a query (downloadURL records an audit row). The web app always posts JSON
// (frontend/src/api/client.ts); the HTTP layer (server.jsonOnly) answers any
// other method with 405 and a JSON error.
func NewHandler(o Options) *handler.Server {
	srv := handler.New(NewExecutableSchema(Config{
		Resolvers: &Resolver{App: o.App},
	}))
	srv.AddTransport(transport.Options{AllowedMethods: []string{http.MethodOptions, http.MethodPost}})
	srv.AddTransport(postJSON{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(ParserTokenLimit)
	if o.Dev {
		srv.Use(extension.Introspection{})
	}
	srv.Use(depthlimit.Limit{Max: DepthLimit})
	srv.Use(oneLogin{})
	lim := &limits{}
	srv.Use(lim)
	present := ErrorPresenter(o.Log)
	srv.Use(newTransactioner(o.App.Client, present, o.Log))
	srv.AroundFields(lim.aroundField)
	if o.Observe != nil {
		srv.AroundOperations(observe(o.Observe))
	}
	srv.AroundOperations(stopped(present))
	// Inside observe, so that an operation's time includes its wait, and
	// inside stopped, which answers a query whose request ended as it waited.
	if o.Admission == nil {
		o.Admission = NewAdmission(0)
	}
	srv.AroundOperations(o.Admission.middleware)
	srv.AroundOperations(withLoaders(o.App))
	srv.AroundOperations(withFieldsCache)
	srv.SetErrorPresenter(present)
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		o.Log.ErrorContext(ctx, "panic in resolver", "panic", p)
		return apperr.ErrInternal
	})
	return srv
}

// withLoaders gives each query its own batch loaders (the programmes'
// per-row fields on lists). Mutations get none: their answers are read in
// their transaction, which the loaders' client would not see.
func withLoaders(a *app.App) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		// No operation context when the request failed before one was made
		// (GetOperationContext would panic).
		if !graphql.HasOperationContext(ctx) || a.Incubation == nil {
			return next(ctx)
		}
		if op := graphql.GetOperationContext(ctx); op.Operation != nil && op.Operation.Operation == ast.Query {
			ctx = a.Incubation.WithLoaders(ctx, a.Client)
			if a.Party != nil {
				ctx = a.Party.WithLoaders(ctx, a.Client)
			}
			if a.Grants != nil {
				ctx = a.Grants.WithLoaders(ctx, a.Client)
			}
		}
		return next(ctx)
	}
}
