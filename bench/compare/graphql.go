package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
)

// The nested organisation list's query in each server's dialect: the first
// 50 organisations by name, each with its first 5 documents (by id, the
// order both servers use when none is given). The other lists' queries are
// in tenancies.go, proposals.go and coverage.go.
var (
	hatcheryQuery     = body(`{ organizations(first: 50, orderBy: {field: NAME, direction: ASC}) { edges { node { id name uscc documents(first: 5) { edges { node { id title } } } } } } }`)
	postgraphileQuery = body(`{ organizations: allOrganizations(first: 50, orderBy: NAME_ASC) { edges { node { id name uscc documents: documentsByOrganizationId(first: 5) { edges { node { id title } } } } } } }`)
)

func body(query string) string {
	b, _ := json.Marshal(map[string]string{"query": query})
	return string(b)
}

// post sends a GraphQL request and decodes data into out, failing on a
// non-200 status or any GraphQL error.
func post(ctx context.Context, url, reqBody, auth string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewBufferString(reqBody))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []any           `json:"errors"`
	}
	if resp.StatusCode != http.StatusOK || json.Unmarshal(raw, &env) != nil || len(env.Errors) > 0 {
		return fmt.Errorf("status %d: %.300s", resp.StatusCode, raw)
	}
	return json.Unmarshal(env.Data, out)
}

func login(ctx context.Context, url, password string) (string, error) {
	q, _ := json.Marshal(map[string]any{
		"query":     `mutation($p: String!) { login(username: "bench-admin", password: $p) { token } }`,
		"variables": map[string]string{"p": password},
	})
	var out struct{ Login struct{ Token string } }
	err := post(ctx, url, string(q), "", &out)
	return out.Login.Token, err
}

// page is what both servers answer, reduced to what must agree: names,
// codes and document titles in order (ids are each server's own encoding).
type page []struct {
	Name, USCC string
	Titles     []string
}

func fetchPage(ctx context.Context, t *target) (page, error) {
	var out struct {
		Organizations struct {
			Edges []struct {
				Node struct {
					Name      string
					USCC      string `json:"uscc"`
					Documents struct {
						Edges []struct{ Node struct{ Title string } }
					}
				}
			}
		}
	}
	if err := post(ctx, t.url, t.body, t.auth, &out); err != nil {
		return nil, err
	}
	p := make(page, len(out.Organizations.Edges))
	for i, e := range out.Organizations.Edges {
		p[i].Name, p[i].USCC = e.Node.Name, e.Node.USCC
		for _, d := range e.Node.Documents.Edges {
			p[i].Titles = append(p[i].Titles, d.Node.Title)
		}
	}
	return p, nil
}

// sameAnswers fails unless both servers return the same full page of
// organisations: a faster server that answers something else would measure
// nothing.
func sameAnswers(ctx context.Context, a, b *target, edges int) error {
	pa, err := fetchPage(ctx, a)
	if err != nil {
		return fmt.Errorf("%s: %w", a.name, err)
	}
	pb, err := fetchPage(ctx, b)
	if err != nil {
		return fmt.Errorf("%s: %w", b.name, err)
	}
	if len(pa) != edges {
		return fmt.Errorf("%s answered %d organisations, want %d", a.name, len(pa), edges)
	}
	if !slices.EqualFunc(pa, pb, func(x, y struct {
		Name, USCC string
		Titles     []string
	}) bool {
		return x.Name == y.Name && x.USCC == y.USCC && slices.Equal(x.Titles, y.Titles)
	}) {
		return fmt.Errorf("%s and %s answer differently:\n%v\n%v", a.name, b.name, pa[:1], pb[:min(1, len(pb))])
	}
	return nil
}
