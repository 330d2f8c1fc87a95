package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// Answers are written through pooled buffers (response_buffer.go). Asked
// many different questions at once, again and again, each request still gets
// exactly the bytes it got alone: no buffer serves two requests at once.
// (Giving a buffer back twice, so that two requests draw it, fails this.)
func TestPooledBuffersNeverMixAnswers(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		admin := e.Login("admin")
		queries := []string{
			`{ organizations(first: 1) { edges { node { id name } } } }`,
			`{ organizations(first: 20) { totalCount edges { cursor node { id name uscc documents(first: 5) { edges { node { id title } } } } } } }`,
			`{ me { username displayName permissions } }`,
			`{ organizations(first: 3) { edges { node { id nosuchfield } } } }`, // an error answer
			`{ domains { id name } }`,
		}
		post := func(q string) ([]byte, error) {
			body, _ := json.Marshal(map[string]any{"query": q})
			req, _ := http.NewRequest(http.MethodPost, e.URL+"/query", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+admin)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return nil, err
			}
			defer resp.Body.Close()
			return io.ReadAll(resp.Body)
		}
		alone := make([][]byte, len(queries))
		for i, q := range queries {
			var err error
			alone[i], err = post(q)
			require.NoError(t, err)
			require.True(t, json.Valid(alone[i]), "%s", alone[i])
		}
		require.Contains(t, string(alone[3]), `"errors"`, "one answer is an error")

		var wg sync.WaitGroup
		var mu sync.Mutex
		var wrong []string
		for g := range 8 {
			wg.Go(func() {
				for n := range 40 {
					i := (g + n) % len(queries)
					got, err := post(queries[i])
					if err != nil || !bytes.Equal(got, alone[i]) {
						mu.Lock()
						wrong = append(wrong, fmt.Sprintf("query %d: %v %.200s", i, err, got))
						mu.Unlock()
					}
				}
			})
		}
		wg.Wait()
		require.Empty(t, wrong)
	})
}
