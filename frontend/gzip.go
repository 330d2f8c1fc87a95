package frontend

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
)

// compressible are the asset types worth gzipping (images and fonts are
// compressed already).
var compressible = map[string]bool{".js": true, ".css": true, ".svg": true, ".json": true, ".html": true, ".txt": true, ".map": true}

// gzipCache holds each asset gzipped once: the embedded files never change
// while the process runs.
type gzipCache struct{ m sync.Map } // name → []byte

func (c *gzipCache) get(fsys fs.FS, name string) ([]byte, error) {
	if b, ok := c.m.Load(name); ok {
		return b.([]byte), nil
	}
	raw, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	c.m.Store(name, buf.Bytes())
	return buf.Bytes(), nil
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		if strings.TrimSpace(strings.SplitN(part, ";", 2)[0]) == "gzip" && !strings.Contains(part, "q=0") {
			return true
		}
	}
	return false
}

// serveGzipped answers with the gzipped asset when the client takes gzip and
// the type compresses; it reports whether it answered.
func (c *gzipCache) serveGzipped(w http.ResponseWriter, r *http.Request, fsys fs.FS, name string) bool {
	ext := path.Ext(name)
	if !compressible[ext] {
		return false
	}
	w.Header().Add("Vary", "Accept-Encoding")
	if !acceptsGzip(r) {
		return false
	}
	b, err := c.get(fsys, name)
	if err != nil {
		return false
	}
	h := w.Header()
	if ct := mime.TypeByExtension(ext); ct != "" {
		h.Set("Content-Type", ct)
	}
	h.Set("Content-Encoding", "gzip")
	http.ServeContent(w, r, "", zeroTime, bytes.NewReader(b))
	return true
}
