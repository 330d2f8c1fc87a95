package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/server"
)

// TestQueryTimeout: a request whose time is up stops, and answers one
// UNAVAILABLE error (reason TIMEOUT), with no error logged per field. The
// limit here has passed before the request starts.
func TestQueryTimeout(t *testing.T) {
	srv, logs := handlerServer(t, server.Config{QueryTimeout: -time.Nanosecond})
	resp, err := http.Post(srv.URL+"/query", "application/json",
		strings.NewReader(`{"query":"{ a: organizations { totalCount } b: cases { totalCount } me { id } }"}`))
	require.NoError(t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var out struct {
		Data   json.RawMessage
		Errors []struct{ Extensions map[string]any }
	}
	require.NoError(t, json.Unmarshal(raw, &out), "%s", raw)
	require.Len(t, out.Errors, 1, "%s", raw)
	require.Equal(t, "UNAVAILABLE", out.Errors[0].Extensions["code"])
	require.Equal(t, "TIMEOUT", out.Errors[0].Extensions["reason"])
	require.NotContains(t, logs.String(), `"level":"ERROR"`)
}
