package graph_test

import (
	"context"
	"encoding/json"

	"hatchery/internal/testenv"
	"hatchery/internal/viewer"
)

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

func viewerCtx(ctx context.Context, e *testenv.Env, username string) context.Context {
	v := &viewer.Viewer{UserID: e.Fixture.Users[username], Username: username, DomainID: e.Fixture.Deqing}
	return viewer.NewContext(ctx, v)
}
