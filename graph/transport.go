package graph

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// postJSON serves POSTed JSON as gqlgen's transport.POST does, but writes a
// response without passing its data through encoding/json.
//
// transport.POST encodes the response with json.Marshal, which compacts
// and validates the data it is handed as json.RawMessage byte by byte,
// though the executor has just written it as JSON: 7% of the server's CPU
// on the benchmark's list (issue 14). Here the data is copied as it is and
// only the errors and extensions go through encoding/json.
//
// Only the common case is handled here: a body that decodes, an operation
// that parses and validates, a plain application/json answer. Everything
// else (an unreadable body, bad JSON, an invalid operation, a client asking
// for application/graphql-response+json) is handed to transport.POST with
// the body as read, so those answers keep gqlgen's statuses and words.
// Building the operation twice on that path repeats pure work only: parsing,
// validation and the checks in the operation-context mutators.
type postJSON struct{ transport.POST }

var _ graphql.Transport = postJSON{}

func (t postJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	if strings.Contains(r.Header.Get("Accept"), "application/graphql-response+json") {
		t.POST.Do(w, r, exec)
		return
	}
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), errReader{err}))
		t.POST.Do(w, r, exec)
		return
	}
	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		r.Body = io.NopCloser(bytes.NewReader(body))
		t.POST.Do(w, r, exec)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	ctx := r.Context()
	oc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		r.Body = io.NopCloser(bytes.NewReader(body))
		t.POST.Do(w, r, exec)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	ctx, bufs := withResponseBuffers(ctx)
	defer bufs.release()
	responses, ctx := exec.DispatchOperation(ctx, oc)
	out := bufs.output()
	out.Write(appendResponse(out.AvailableBuffer(), responses(ctx)))
	_, _ = w.Write(out.Bytes())
}

// appendResponse appends resp as encoding/json would write it (the same
// members in the same order), copying the data as the executor wrote it.
// An incremental response (label, path, hasNext: @defer, refused anyway)
// goes through encoding/json whole.
func appendResponse(b []byte, resp *graphql.Response) []byte {
	if resp.Label != "" || resp.Path != nil || resp.HasNext != nil {
		out, err := json.Marshal(resp)
		if err != nil {
			panic(err) // as transport.POST does: the executor wrote invalid JSON
		}
		return append(b, out...)
	}
	b = append(b, '{')
	if len(resp.Errors) > 0 {
		b = append(b, `"errors":`...)
		b = appendJSON(b, resp.Errors)
		b = append(b, ',')
	}
	b = append(b, `"data":`...)
	if len(resp.Data) == 0 {
		b = append(b, "null"...)
	} else {
		b = append(b, resp.Data...)
	}
	if len(resp.Extensions) > 0 {
		b = append(b, `,"extensions":`...)
		b = appendJSON(b, resp.Extensions)
	}
	return append(b, '}')
}

func appendJSON(b []byte, v any) []byte {
	out, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return append(b, out...)
}

// errReader fails a read with err, after the bytes read before it.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
