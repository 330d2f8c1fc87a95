package server

import (
	"net/http"
	"strings"
)

// contentSecurityPolicy is what the web app (and every other page the
// server sends) may load. What each directive allows, and why:
//
//   - scripts only from the app's own origin: Vite builds index.html with
//     external module scripts only, and the app never evaluates code;
//   - styles from the origin and inline: antd writes its CSS-in-JS as
//     <style> elements and echarts sizes its canvas with style attributes;
//     the /verify page has an inline <style>;
//   - images from the origin, data: (the favicon in index.html) and blob:;
//   - the browser posts uploads straight to MinIO and previews images and
//     PDFs (<img>, <iframe>) through presigned links to it: connect-src,
//     img-src and frame-src name the MinIO endpoint when it is configured
//     (without MinIO, uploads and downloads go to /files on the origin);
//   - the SHA-256 worker is a file of the origin (worker-src 'self' blob:);
//   - no plugins, no <base>, forms post to the origin only, and no other
//     site may frame the app (frame-ancestors 'none', with X-Frame-Options
//     DENY for older browsers).
func contentSecurityPolicy(cfg Config) string {
	storage := ""
	if m := cfg.MinIO; m.Endpoint != "" {
		scheme := "http://"
		if m.UseSSL {
			scheme = "https://"
		}
		storage = " " + scheme + m.Endpoint
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:" + storage,
		"font-src 'self' data:",
		"connect-src 'self' data: blob:" + storage,
		"frame-src 'self' blob:" + storage,
		"media-src 'self' blob:" + storage,
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	}, "; ")
}

// withSecurityHeaders sets the headers every response carries: no MIME
// sniffing, no Referer (links carry tokens: /verify, /files/download), no
// framing by other sites, and the content security policy. The local store's
// downloads (/files/) are previewed in an <iframe> of the app: they may be
// framed by the origin, and carry no policy of their own that could stop the
// browser's PDF viewer. The development playground loads its scripts from a
// CDN: it gets no policy either.
func withSecurityHeaders(cfg Config) middleware {
	csp := contentSecurityPolicy(cfg)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h := w.Header()
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("Referrer-Policy", "no-referrer")
			switch {
			case strings.HasPrefix(r.URL.Path, localFilesPath+"/"):
				h.Set("X-Frame-Options", "SAMEORIGIN")
				h.Set("Content-Security-Policy", "frame-ancestors 'self'")
			case cfg.Dev && r.URL.Path == "/playground":
				h.Set("X-Frame-Options", "DENY")
			default:
				h.Set("X-Frame-Options", "DENY")
				h.Set("Content-Security-Policy", csp)
			}
			next.ServeHTTP(w, r)
		})
	}
}
