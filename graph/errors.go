package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"entgo.io/ent/privacy"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"hatchery/ent"
	"hatchery/internal/apperr"
	"hatchery/internal/db"
	"hatchery/internal/lang"
	"hatchery/internal/requestid"
	"hatchery/internal/retryafter"
)

// resolverError marks an error that came out of a resolver (see
// markResolverError): anything else reaching the presenter with a path
// failed while reading the field's arguments, i.e. bad input.
type resolverError struct{ err error }

func (e *resolverError) Error() string { return e.err.Error() }
func (e *resolverError) Unwrap() error { return e.err }

// markResolverError tags an error returned by a resolver (aroundField).
func markResolverError(err error) error {
	var gqlErr *gqlerror.Error
	if errors.As(err, &gqlErr) {
		return err
	}
	return &resolverError{err}
}

// ErrorPresenter gives every error an extensions.code from the closed set in
// apperr, a message a person can act on in their language, and never lets an
// internal error's text out: those are logged with the request id instead.
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		out := graphql.DefaultErrorPresenter(ctx, err)
		lng := lang.FromContext(ctx)
		ae := classify(err, out)
		if ctx.Err() != nil && (ae.Code == apperr.Internal || ae == apperr.ErrDatabaseUnavailable ||
			errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
			// The client has gone or the time limit has passed: the
			// database calls fail with the context (or, on a hung server,
			// with the socket's deadline); nothing to log.
			ae = errStopped
		}
		switch {
		case ae.Code == apperr.Internal:
			log.ErrorContext(ctx, "internal error", "request_id", requestid.FromContext(ctx), "path", out.Path.String(), "err", err)
		case ae == apperr.ErrDatabaseUnavailable:
			log.WarnContext(ctx, "database unavailable", "request_id", requestid.FromContext(ctx), "path", out.Path.String(), "err", err)
		}
		if ae.RetryAfter > 0 {
			retryafter.Ask(ctx, ae.RetryAfter)
		}
		out.Message = ae.Message(lng)
		ext := map[string]any{}
		for k, v := range ae.Extra {
			ext[k] = v
		}
		ext["code"] = string(ae.Code)
		if ae.Field != "" {
			ext["field"] = ae.Field
		}
		if ae.Reason != "" {
			ext["reason"] = ae.Reason
		}
		if ae.RetryAfter > 0 {
			ext["retryAfter"] = retryafter.Seconds(ae.RetryAfter)
		}
		if id := requestid.FromContext(ctx); id != "" && (ae.Code == apperr.Internal || ae == apperr.ErrCommitOutcomeUnknown) {
			ext["requestId"] = id
		}
		out.Extensions = ext
		return out
	}
}

// errStopped answers a request whose context ended: the time limit passed
// (or the client went away, and nobody reads the answer).
var errStopped = apperr.New(apperr.Unavailable,
	"the request took too long and was stopped: ask for less (smaller pages, fewer fields), or try again later",
	"请求耗时过长，已被终止：请减少查询内容（减小每页条数、减少字段），或稍后重试").WithReason("TIMEOUT")

// stopped answers a request whose context ended before or while it ran
// (whatever the resolvers managed before that) with one error, not one per
// field that failed with the context, and not gqlgen's bare null.
func stopped(present graphql.ErrorPresenterFunc) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		h := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			resp := h(ctx)
			if ctx.Err() == nil {
				return resp
			}
			return &graphql.Response{Errors: gqlerror.List{present(ctx, errStopped)}}
		}
	}
}

// classify maps any error to an apperr.Error.
func classify(err error, presented *gqlerror.Error) *apperr.Error {
	if ae, ok := apperr.As(err); ok {
		return ae
	}
	var (
		nf  *ent.NotFoundError
		ve  *ent.ValidationError
		ce  *ent.ConstraintError
		re  *resolverError
		gqe *gqlerror.Error
	)
	switch {
	case db.Unavailable(err):
		return apperr.ErrDatabaseUnavailable
	case errors.As(err, &ve):
		return validationError(ve)
	case errors.As(err, &nf):
		return apperr.ErrNotFound
	case errors.Is(err, privacy.Deny):
		return apperr.ErrForbidden
	case errors.As(err, &ce):
		return apperr.New(apperr.Conflict,
			"this conflicts with an existing record (a duplicate, or a record still in use)",
			"与现有记录冲突（重复，或记录仍被使用）")
	case unstorableText(err):
		// PostgreSQL refuses a NUL in any text, a filter's value or a
		// username included, before it looks at a row: the input's fault.
		return apperr.New(apperr.BadUserInput,
			"the text contains a character that cannot be stored or searched for (U+0000)",
			"文本包含无法保存或检索的字符（U+0000）")
	case errors.As(err, &re) && strings.HasSuffix(err.Error(), "introspection disabled"):
		// gqlgen's own refusal, outside development mode.
		return apperr.New(apperr.Forbidden, "schema introspection is disabled on this server", "本服务器未开放接口结构查询")
	case errors.As(err, &re):
		return apperr.ErrInternal
	case errors.As(err, &gqe) && gqe.Extensions["code"] != nil:
		// gqlgen's own (parse, validation, depth, persisted query) and
		// entgql's (nodes: an id the viewer cannot see).
		code, _ := gqe.Extensions["code"].(string)
		switch code {
		case errcode.ValidationFailed, errcode.ParseFailed, string(apperr.BadUserInput):
			return apperr.New(apperr.BadUserInput, gqe.Message, gqe.Message)
		case string(apperr.NotFound):
			return apperr.ErrNotFound
		}
		return apperr.ErrInternal
	case len(presented.Path) > 0:
		// Failed while reading arguments (a bad Time, Cursor, enum...).
		msg := strings.TrimPrefix(presented.Message, "input: ")
		return apperr.New(apperr.BadUserInput, "invalid input: "+msg, "输入无效："+msg)
	case errors.As(err, &gqe):
		// gqlgen's transport refusing the request itself (a body that is not
		// JSON, a missing query): the client's to fix.
		return apperr.New(apperr.BadUserInput,
			"the request could not be read: send a JSON body with a GraphQL query",
			"无法读取请求：请以 JSON 格式发送 GraphQL 查询")
	}
	return apperr.ErrInternal
}

// unstorableText reports whether err is PostgreSQL refusing a character
// its encoding cannot hold (SQLSTATE 22021, 22P05).
func unstorableText(err error) bool {
	var pg interface {
		error
		SQLState() string
	}
	if !errors.As(err, &pg) {
		return false
	}
	code := pg.SQLState()
	return code == "22021" || code == "22P05"
}

// validationError explains an ent field validator's refusal, using the
// validator's own bilingual message when it has one (e.g. the USCC check),
// about the field when the validator can name it (internal/textfield).
func validationError(ve *ent.ValidationError) *apperr.Error {
	field := camel(ve.Name)
	var about interface {
		error
		Describe(field string) (en, zh string)
	}
	if errors.As(ve, &about) {
		en, zh := about.Describe(field)
		return apperr.Invalid(field, en, zh)
	}
	var bilingual interface {
		error
		MessageZH() string
	}
	if errors.As(ve, &bilingual) {
		return apperr.Invalid(field, bilingual.Error(), bilingual.MessageZH())
	}
	// ent's text is `ent: validator failed for field "T.f": reason`: keep the reason.
	inner := ve.Error()
	if i := strings.LastIndex(inner, ": "); i >= 0 {
		inner = inner[i+2:]
	}
	return apperr.Invalid(field,
		fmt.Sprintf("invalid value for %s: %v", field, inner),
		fmt.Sprintf("字段 %s 的值无效：%v", field, inner))
}

// camel turns an ent field name (registered_on) into its GraphQL name (registeredOn).
func camel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if p := parts[i]; p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}
