package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"

	"hatchery/internal/requestid"
)

// An error nobody classified is INTERNAL: its text is logged with the
// request id and never shown.
func TestPresenterHidesInternalErrors(t *testing.T) {
	var logs bytes.Buffer
	present := ErrorPresenter(slog.New(slog.NewJSONHandler(&logs, nil)))
	ctx := requestid.NewContext(context.Background(), "req-123")
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{Field: &ast.Field{Alias: "organizations"}}})
	secret := errors.New(`pq: relation "organizations" password=hunter2`)

	got := present(ctx, &resolverError{fmt.Errorf("loading: %w", secret)})
	require.Equal(t, "INTERNAL", got.Extensions["code"])
	require.Equal(t, "req-123", got.Extensions["requestId"])
	require.NotContains(t, got.Message, "hunter2")
	require.NotContains(t, got.Message, "pq:")
	require.Contains(t, logs.String(), "hunter2", "the detail goes to the log")
	require.Contains(t, logs.String(), "req-123")
}
