// Package storage keeps uploaded files (business licences, ID scans, …) out of
// the database and out of the application's request path.
//
// The design is one small interface, [Store], with the backend chosen at
// start-up. Browsers never stream file bytes through Hatchery: the server
// hands out a short-lived, narrowly scoped upload form ([Store.PresignUpload])
// and download link ([Store.PresignDownload]), and the object store itself
// enforces the limits. That keeps large bodies off the Go HTTP server and
// makes the limits hold even if a handler forgets to check them.
//
// The production backend is [MinIO] (any S3-compatible server works the same
// way). Its limits are expressed as an S3 POST policy, which MinIO verifies on
// every upload: the exact object key, the exact Content-Type, a size range and
// an expiry. The key is always chosen by the caller (server side), never by
// the browser, so a client cannot overwrite someone else's object.
//
// The embedded default, when no MinIO is configured, is [Local]: objects are
// files in a folder and its [Local.Handler] plays the object server's part.
// It keeps the same contract, so the application and the browser code cannot
// tell the two apart: the same form upload with the limits carried in an
// HMAC-signed, expiring token instead of a POST policy, and signed download
// links instead of presigned GETs. It has no object versions.
//
// Errors: [ErrNotFound] means the object does not exist; [ErrUnavailable]
// means the storage server could not be reached, so callers can answer "try
// again later" (503) instead of "no such file" (404). Both are matched with
// errors.Is.
package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"time"
	"unicode/utf8"
)

// ErrNotFound reports that the requested object does not exist.
var ErrNotFound = errors.New("storage: object not found")

// ErrUnavailable reports that the storage server could not be reached
// (connection refused, timeout, server not ready). It is a transient
// condition, unlike ErrNotFound.
var ErrUnavailable = errors.New("storage: server unavailable")

// Store is what the application needs from an object store. Keys are
// slash-separated paths chosen by the application.
type Store interface {
	// EnsureBucket creates the bucket if it is missing and makes sure object
	// versioning is on, so an overwritten or removed upload can be recovered
	// by an operator. Safe to call on every start.
	EnsureBucket(ctx context.Context) error

	// Ping checks that the server is reachable, the credentials are valid and
	// the bucket exists; meant for readiness checks.
	Ping(ctx context.Context) error

	// PresignUpload returns an HTML-form (multipart/form-data POST) upload
	// that is valid for expiry and accepts exactly one object: the given key,
	// the given Content-Type, and between 1 and maxSize bytes.
	PresignUpload(ctx context.Context, key, contentType string, maxSize int64, expiry time.Duration) (*Upload, error)

	// Put stores a file the server itself produced (a decision letter, an
	// export), replacing any object at key: exactly size bytes (at least 1)
	// read from r, with the given Content-Type. r ending early is an error
	// and stores nothing; bytes after the first size are not read. Every
	// backend checks the key with Local's rule (checkKey), so a key that
	// works against MinIO also works on the embedded store.
	Put(ctx context.Context, key, contentType string, r io.Reader, size int64) (ObjectInfo, error)

	// Stat returns the object's metadata, or ErrNotFound.
	Stat(ctx context.Context, key string) (ObjectInfo, error)

	// Open returns the object's content; the caller must close it. A missing
	// object is reported here as ErrNotFound, not on the first Read.
	Open(ctx context.Context, key string) (io.ReadCloser, error)

	// PresignDownload returns a GET URL valid for expiry that serves the
	// object named filename (any Unicode name): as an attachment, or with
	// inline true for the browser to show it (previews of PDFs and images).
	PresignDownload(ctx context.Context, key, filename string, inline bool, expiry time.Duration) (string, error)

	// Move renames the object at src to dst, replacing dst, and returns the
	// moved object's metadata; ErrNotFound if src does not exist. Uploads
	// land at a key the browser holds a form for; moving them to a key no
	// form names freezes the bytes before they are checked, so a second POST
	// of the same form cannot swap the content after the check.
	Move(ctx context.Context, src, dst string) (ObjectInfo, error)

	// Remove deletes the object for good (with versioning: every version).
	// Removing a missing object is not an error, so retries and double
	// clicks are harmless.
	Remove(ctx context.Context, key string) error
}

// Upload describes a browser upload: POST a multipart/form-data body to URL
// containing every entry of Fields as a form field, followed by the file
// itself as a field named "file" — the file must be the LAST part, because
// S3 ignores everything after it.
type Upload struct {
	URL       string
	Method    string // always "POST"
	Fields    map[string]string
	ExpiresAt time.Time
}

// ObjectInfo is the metadata of a stored object.
type ObjectInfo struct {
	Size        int64
	ContentType string
	ETag        string
}

// checkPut checks Put's arguments, the same for every backend.
func checkPut(key, contentType string, size int64) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if _, _, err := mime.ParseMediaType(contentType); err != nil {
		return fmt.Errorf("storage: put %q: content type %q: %w", key, contentType, err)
	}
	if size < 1 {
		// An empty upload is refused too: an empty file is always a bug.
		return fmt.Errorf("storage: put %q: size must be positive, got %d", key, size)
	}
	return nil
}

// ContentDisposition returns an "attachment" Content-Disposition header value
// for filename that works in every browser:
//
//	attachment; filename="<ASCII fallback>"; filename*=UTF-8''<RFC 5987 encoding>
//
// Modern browsers use filename* (RFC 6266) and so get the exact name, e.g. a
// Chinese one; the plain filename is for old clients and replaces anything
// that is not printable ASCII, and the characters that would break the quoted
// string or a path (", \, /), with '_'. Path separators are also neutralised
// in the UTF-8 form so a name can never point outside the download folder.
func ContentDisposition(filename string) string {
	return disposition("attachment", filename)
}

// InlineDisposition is ContentDisposition for showing the file in the
// browser (inline) rather than saving it.
func InlineDisposition(filename string) string { return disposition("inline", filename) }

func disposition(kind, filename string) string {
	filename = strings.ToValidUTF8(filename, "\uFFFD")
	filename = strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r < 0x20 || r == 0x7f {
			return '_'
		}
		return r
	}, filename)
	if strings.TrimSpace(filename) == "" {
		filename = "download"
	}

	var fallback strings.Builder
	for _, r := range filename {
		if r < 0x20 || r > 0x7e || r == '"' {
			fallback.WriteByte('_')
		} else {
			fallback.WriteRune(r)
		}
	}

	return kind + `; filename="` + fallback.String() + `"; filename*=UTF-8''` + encodeRFC5987(filename)
}

// encodeRFC5987 percent-encodes s as an RFC 5987 ext-value: every byte that
// is not an attr-char is written as %XX of its UTF-8 encoding.
func encodeRFC5987(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		if isAttrChar(r) {
			b.WriteRune(r)
			continue
		}
		n := utf8.EncodeRune(buf[:], r)
		for _, c := range buf[:n] {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0x0f])
		}
	}
	return b.String()
}

// isAttrChar reports whether r may appear unencoded in an RFC 5987 value
// (attr-char = ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." /
// "^" / "_" / "`" / "|" / "~").
func isAttrChar(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	}
	return strings.ContainsRune("!#$&+-.^_`|~", r)
}
