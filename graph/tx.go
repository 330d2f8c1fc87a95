package graph

import (
	"context"
	"errors"
	"log/slog"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	gen "hatchery/ent"
	"hatchery/internal/apperr"
	"hatchery/internal/db"
	"hatchery/internal/requestid"
)

// transactioner runs each mutation operation in one transaction (all its
// changes and their audit rows commit together or not at all), except login
// and logout: a failed login's count must persist although the login fails.
//
// entgql.Transactioner serializes the operation's fields; the transaction
// itself is run here rather than by entgql, whose failures to begin or commit
// are answered with the driver's text and no code, past the error presenter.
// Here they go through the presenter like every other error, and a COMMIT
// whose connection dropped before its answer is said to have an unknown
// outcome (it has most likely been applied), logged at ERROR with the
// request id.
type transactioner struct {
	entgql.Transactioner
	present graphql.ErrorPresenterFunc
	log     *slog.Logger
}

func newTransactioner(c *gen.Client, present graphql.ErrorPresenterFunc, log *slog.Logger) transactioner {
	return transactioner{
		Transactioner: entgql.Transactioner{TxOpener: c, SkipTxFunc: entgql.SkipIfHasFields("login", "logout")},
		present:       present,
		log:           log,
	}
}

func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	// A request that never became an operation (a body that is not JSON)
	// passes straight through.
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	op := graphql.GetOperationContext(ctx).Operation
	if op == nil || op.Operation != ast.Mutation || t.SkipTxFunc(op) {
		return next(ctx)
	}
	txCtx, tx, err := t.OpenTx(ctx)
	if err != nil {
		return t.fail(ctx, err)
	}
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			panic(r)
		}
	}()
	rsp := next(txCtx)
	if len(rsp.Errors) > 0 {
		_ = tx.Rollback()
		return &graphql.Response{Errors: rsp.Errors}
	}
	if err := tx.Commit(); err != nil {
		return t.fail(ctx, t.commitError(ctx, err))
	}
	return rsp
}

// commitError tells a commit the database refused (nothing saved: the
// presenter explains it like any other error) from one whose answer never
// came (saved or not, nobody here knows).
func (t transactioner) commitError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		// The request's time ran out before the commit: database/sql
		// rolled the transaction back.
		return err
	}
	var refused interface{ SQLState() string }
	if errors.As(err, &refused) || !db.Unavailable(err) {
		return err
	}
	t.log.ErrorContext(ctx, "commit outcome unknown: the connection dropped before the database confirmed the commit",
		"request_id", requestid.FromContext(ctx), "operation", graphql.GetOperationContext(ctx).OperationName, "err", err)
	return errors.Join(apperr.ErrCommitOutcomeUnknown, err)
}

// fail answers the whole operation with one error, in the platform's shape.
func (t transactioner) fail(ctx context.Context, err error) *graphql.Response {
	return &graphql.Response{Errors: gqlerror.List{t.present(ctx, err)}}
}
