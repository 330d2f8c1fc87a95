package storage

// The Local backend's HTTP side: what MinIO does for the browser, done by
// Hatchery itself. Uploads are streamed to disk, never held in memory, and
// every limit comes from the signed token, not from anything else the
// browser sends.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The form fields of a Local upload (Upload.Fields), before the file part.
const (
	fieldToken       = "token"
	fieldContentType = "Content-Type"
	fieldFile        = "file"
)

const (
	// maxFormBytes bounds the body read before the token is known (the
	// field parts; a real form is under 2 KiB) ...
	maxFormBytes = 64 << 10
	// ... and uploadOverhead what may follow it beyond the file's maximum
	// size: part headers, the closing boundary. The exact maximum is checked
	// on the file part itself.
	uploadOverhead = 16 << 10
	maxFields      = 16
	maxFieldBytes  = maxTokenLen
)

// Handler serves the browser's side of the store, relative to where it is
// mounted (the baseURL given to NewLocal, with the prefix stripped):
//
//	POST /upload              multipart/form-data: Upload.Fields, then "file"; 204 when stored
//	GET  /download?token=...  the file, with Range support
//
// Refusals are short plain-text replies: 400 for a malformed, empty or too
// large upload, 403 for a missing, tampered or expired token or a
// Content-Type that is not the signed one, 404 for a missing file.
func (l *Local) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Accept "upload" as well as "/upload": StripPrefix("/files/")
		// leaves the former, StripPrefix("/files") the latter.
		switch strings.TrimPrefix(r.URL.Path, "/") {
		case "upload":
			if r.Method != http.MethodPost {
				w.Header().Set("Allow", http.MethodPost)
				http.Error(w, "use POST", http.StatusMethodNotAllowed)
				return
			}
			l.serveUpload(w, r)
		case "download":
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				w.Header().Set("Allow", "GET, HEAD")
				http.Error(w, "use GET", http.StatusMethodNotAllowed)
				return
			}
			l.serveDownload(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}

// transferTimeout bounds one upload or download through the handler.
const transferTimeout = 30 * time.Minute

// refusal is an HTTP status and the plain-text reason sent with it.
type refusal struct {
	code int
	msg  string
}

func refuse(code int, format string, args ...any) *refusal {
	return &refusal{code, fmt.Sprintf(format, args...)}
}

func (l *Local) serveUpload(w http.ResponseWriter, r *http.Request) {
	// The server's read timeout suits API calls, not a 50 MiB upload on a
	// slow line: give this request as long as its form could be valid.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(transferTimeout))
	// The body's limit depends on the token, which is inside the body: read
	// the fields under a small limit, then widen it to the token's maximum.
	body := &swappableBody{ReadCloser: r.Body}
	body.limit(w, maxFormBytes)
	r.Body = body

	mr, err := r.MultipartReader()
	if err != nil {
		http.Error(w, "want a multipart/form-data body", http.StatusBadRequest)
		return
	}
	claims, file, ref := l.readFields(mr)
	if ref == nil {
		body.limit(w, claims.MaxSize+uploadOverhead)
		ref = l.receive(r, file, claims)
	}
	if ref != nil {
		http.Error(w, ref.msg, ref.code)
		return
	}
	w.WriteHeader(http.StatusNoContent) // what S3 and MinIO answer
}

// readFields reads the form fields up to the file part and checks them.
func (l *Local) readFields(mr *multipart.Reader) (*uploadClaims, *multipart.Part, *refusal) {
	fields := map[string]string{}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return nil, nil, refuse(http.StatusBadRequest, "no file: send it as the form's last part, named %q", fieldFile)
		}
		if err != nil {
			return nil, nil, bodyRefusal(err)
		}
		name := part.FormName()
		if name == fieldFile {
			claims, ref := l.checkFields(fields)
			return claims, part, ref
		}
		if _, dup := fields[name]; dup || len(fields) == maxFields {
			return nil, nil, refuse(http.StatusBadRequest, "duplicate or too many form fields")
		}
		v, err := io.ReadAll(io.LimitReader(part, maxFieldBytes+1))
		if err != nil {
			return nil, nil, bodyRefusal(err)
		}
		if len(v) > maxFieldBytes {
			return nil, nil, refuse(http.StatusBadRequest, "form field %.40q is too long", name)
		}
		fields[name] = string(v)
	}
}

// checkFields checks the token and that the Content-Type field is the one
// it was signed for, like S3's POST policy conditions.
func (l *Local) checkFields(fields map[string]string) (*uploadClaims, *refusal) {
	tok, ok := fields[fieldToken]
	if !ok {
		return nil, refuse(http.StatusForbidden, "no %q field before the file", fieldToken)
	}
	var c uploadClaims
	if err := openToken(l.secret, purposeUpload, tok, l.now(), &c); err != nil {
		return nil, refuse(http.StatusForbidden, "upload refused: %v", err)
	}
	if checkKey(c.Key) != nil {
		return nil, refuse(http.StatusForbidden, "upload refused: invalid key") // we never sign one
	}
	if l.spent(c.Key) {
		return nil, refuse(http.StatusConflict, "upload refused: this upload was completed already; request a new upload to send another file")
	}
	if ct := fields[fieldContentType]; ct != c.ContentType {
		return nil, refuse(http.StatusForbidden, "upload refused: %q field is %.60q, the form allows %.60q", fieldContentType, ct, c.ContentType)
	}
	return &c, nil
}

// receive streams the file part into a temporary file, checks its size and
// moves it into place.
func (l *Local) receive(r *http.Request, file io.Reader, c *uploadClaims) *refusal {
	src := &readErr{r: io.LimitReader(file, c.MaxSize+1)} // one byte more shows it is too large
	tmp, m, err := l.spool(src, c.ContentType)
	if tmp != nil {
		defer os.Remove(tmp.Name()) // a no-op once renamed into place
		defer tmp.Close()
	}
	switch {
	case src.err != nil:
		return bodyRefusal(src.err)
	case err != nil:
		return l.internal(r, "write upload", err)
	case m.Size > c.MaxSize:
		return refuse(http.StatusBadRequest, "file larger than %d bytes", c.MaxSize)
	case m.Size == 0:
		return refuse(http.StatusBadRequest, "empty file")
	}
	if err := l.commit(tmp, c.Key, m); err != nil {
		return l.internal(r, "store upload "+c.Key, err)
	}
	return nil
}

// spool copies src into a new temporary file and returns it, still open,
// with the metadata of its content. The caller checks the content, then
// commits the file or closes and removes it (removing is a no-op after the
// commit's rename, closing a no-op after its close). The file is returned
// whenever it was created, even with an error.
func (l *Local) spool(src io.Reader, contentType string) (*os.File, localMeta, error) {
	tmp, err := os.CreateTemp(filepath.Join(l.dir, tmpDir), "object-*")
	if err != nil {
		return nil, localMeta{}, err
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), src)
	return tmp, localMeta{ContentType: contentType, Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, err
}

// commit makes data (a complete temporary file from spool) durable, writes
// its metadata file and renames both into place as key.
func (l *Local) commit(data *os.File, key string, m localMeta) error {
	// Durable before it becomes visible: a crash after the rename must not
	// leave a truncated object.
	if err := data.Sync(); err != nil {
		return err
	}
	if err := data.Close(); err != nil {
		return err
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	meta, err := writeTemp(filepath.Join(l.dir, tmpDir), "meta-*", b)
	if err != nil {
		return err
	}
	defer os.Remove(meta) // a no-op once renamed into place
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.renameLocked(data.Name(), meta, key)
}

// writeTemp writes b durably to a new file (mode 0600) in dir and returns
// its name, for the caller to rename or link into place and then remove.
func writeTemp(dir, pattern string, b []byte) (string, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

func (l *Local) serveDownload(w http.ResponseWriter, r *http.Request) {
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(transferTimeout))
	var c downloadClaims
	if err := openToken(l.secret, purposeDownload, r.URL.Query().Get("token"), l.now(), &c); err != nil {
		http.Error(w, "download refused: "+err.Error(), http.StatusForbidden)
		return
	}
	f, info, modTime, err := l.open(c.Key)
	if errors.Is(err, ErrNotFound) {
		http.Error(w, "no such file", http.StatusNotFound)
		return
	}
	if err != nil {
		ref := l.internal(r, "open download", err)
		http.Error(w, ref.msg, ref.code)
		return
	}
	defer f.Close()

	h := w.Header()
	h.Set("Content-Type", info.ContentType)
	if c.Inline {
		h.Set("Content-Disposition", InlineDisposition(c.Filename))
	} else {
		h.Set("Content-Disposition", ContentDisposition(c.Filename))
	}
	// The file is the user's, served from our origin: the browser must not
	// guess a more dangerous type, and an inline HTML or SVG file gets a
	// sandbox (no script, no same-origin access).
	h.Set("X-Content-Type-Options", "nosniff")
	// Except for PDFs: browsers will not run their PDF viewer in a sandboxed
	// document, and a PDF's own scripts run inside that viewer, not with our
	// origin.
	if info.ContentType != "application/pdf" {
		h.Set("Content-Security-Policy", "sandbox")
	}
	h.Set("Cache-Control", "private, no-store")
	h.Set("Referrer-Policy", "no-referrer") // links in the file must not leak the token
	if info.ETag != "" {
		h.Set("ETag", `"`+info.ETag+`"`)
	}
	http.ServeContent(w, r, "", modTime, f) // Range, If-Range, HEAD
}

// internal logs err and returns the 500 the browser gets instead of it.
func (l *Local) internal(r *http.Request, what string, err error) *refusal {
	l.log.ErrorContext(r.Context(), "storage: local: "+what, "err", err)
	return refuse(http.StatusInternalServerError, "storage error")
}

// bodyRefusal answers a failure to read the request body.
func bodyRefusal(err error) *refusal {
	if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
		return refuse(http.StatusBadRequest, "upload too large")
	}
	return refuse(http.StatusBadRequest, "malformed or interrupted upload")
}

// swappableBody is a request body whose http.MaxBytesReader limit can be
// replaced once the allowed size is known. Each limit counts from the
// moment it is set.
type swappableBody struct {
	io.ReadCloser // the original body, closed by the server
	r             io.Reader
}

func (b *swappableBody) limit(w http.ResponseWriter, n int64) {
	b.r = http.MaxBytesReader(w, b.ReadCloser, n)
}

func (b *swappableBody) Read(p []byte) (int, error) { return b.r.Read(p) }

// readErr remembers the error of the reader it wraps, so a broken upload
// (the client's fault) is told apart from a failing disk (ours).
type readErr struct {
	r   io.Reader
	err error
}

func (e *readErr) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF {
		e.err = err
	}
	return n, err
}
