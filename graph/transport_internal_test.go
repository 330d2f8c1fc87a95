package graph

import (
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// appendResponse writes what encoding/json writes for the same response,
// byte for byte, without re-encoding the data.
func TestAppendResponseIsEncodingJSON(t *testing.T) {
	yes := true
	for name, resp := range map[string]*graphql.Response{
		"data":   {Data: json.RawMessage(`{"organizations":{"edges":[{"node":{"id":"1","name":"德清县\"阳光\"社工"}}]}}`)},
		"null":   {},
		"errors": {Errors: gqlerror.List{{Message: "not found", Path: ast.Path{ast.PathName("node")}, Extensions: map[string]any{"code": "NOT_FOUND"}}}, Data: json.RawMessage(`{"node":null}`)},
		"extensions": {Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"requestId": "r-1"},
			Errors: gqlerror.List{{Message: "x"}}},
		"incremental": {Data: json.RawMessage(`{"a":1}`), Label: "l", Path: ast.Path{ast.PathName("a")}, HasNext: &yes},
	} {
		want, err := json.Marshal(resp)
		require.NoError(t, err)
		require.Equal(t, string(want), string(appendResponse(nil, resp)), name)
	}
}
