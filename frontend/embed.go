// Package frontend serves the Hatchery web app: the React single-page
// application that Vite builds into dist/ and that is embedded into the Go
// binary, so one executable serves both the API and the UI from one origin.
//
// Handler serves files from dist, falls back to index.html for client-side
// routes, sends long-lived cache headers for Vite's content-hashed assets and
// no-cache for index.html. When the app has not been built (dist holds only
// .gitkeep), it serves a short plain page explaining how to build it.
package frontend

import (
	"bytes"
	"embed"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed all:dist
var dist embed.FS

// Handler returns the http.Handler serving the embedded web app. Mount it at
// "/" after the API routes.
func Handler() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		// fs.Sub only fails for an invalid path name, which "dist" is not.
		panic(err)
	}
	return handlerFS(sub)
}

const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hatchery</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto;line-height:1.5">
<h1>The web app is not built</h1>
<p>This binary was built without the web app. Run <code>make run</code>
(or <code>cd frontend &amp;&amp; npm ci &amp;&amp; npm run build</code>, then rebuild the binary).</p>
<p>前端尚未构建：请运行 <code>make run</code>。</p>
<p>The API is available at <a href="/query">/query</a>.</p>
</body></html>
`

// handlerFS serves the single-page app held in fsys (the root of dist).
func handlerFS(fsys fs.FS) http.Handler {
	var gz gzipCache
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		index, err := fs.ReadFile(fsys, "index.html")
		if err != nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-cache")
			w.WriteHeader(http.StatusServiceUnavailable)
			if r.Method == http.MethodGet {
				_, _ = io.WriteString(w, notBuiltPage)
			}
			return
		}

		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" || name == "index.html" {
			serveIndex(w, r, index)
			return
		}
		if f, err := fsys.Open(name); err == nil {
			st, statErr := f.Stat()
			if statErr == nil && !st.IsDir() {
				defer f.Close()
				if strings.HasPrefix(name, "assets/") {
					// Vite puts a content hash in every file name under assets/.
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				} else {
					w.Header().Set("Cache-Control", "no-cache")
				}
				if gz.serveGzipped(w, r, fsys, name) {
					return
				}
				rs, ok := f.(io.ReadSeeker)
				if !ok {
					b, readErr := io.ReadAll(f)
					if readErr != nil {
						http.Error(w, "internal server error", http.StatusInternalServerError)
						return
					}
					rs = bytes.NewReader(b)
				}
				http.ServeContent(w, r, st.Name(), st.ModTime(), rs)
				return
			}
			f.Close()
		} else if !errors.Is(err, fs.ErrNotExist) {
			http.Error(w, "internal server error", http.StatusInternalServerError)
			return
		}

		// A missing file with an extension (a stale asset, /favicon.ico) is a
		// real 404; anything else is a client route the app resolves itself.
		if path.Ext(name) != "" {
			http.NotFound(w, r)
			return
		}
		serveIndex(w, r, index)
	})
}

var zeroTime time.Time

func serveIndex(w http.ResponseWriter, r *http.Request, index []byte) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(index))
}
