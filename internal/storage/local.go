package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Local is the Store kept in a folder on the application's own disk: the
// embedded default when no MinIO is configured. Its Handler takes the place
// of the object server for the browser (form uploads, signed downloads), so
// it must be mounted where the URLs it hands out point (see NewLocal).
//
// Layout under the folder, one file per object in each tree:
//
//	objects/<key>  the bytes
//	meta/<key>     JSON: Content-Type, size, SHA-256
//	tmp/           uploads being received; renamed into objects/ when complete
//
// Keeping the metadata in a parallel tree (rather than "<key>.meta" next to
// the data) means no key can ever name another key's metadata.
//
// Differences from MinIO: there are no object versions (a replaced or removed
// object is gone), and the store is meant for a single process — the pairing
// of data and metadata files is guarded by an in-process lock, and a crash
// between the two renames of one upload can leave the new bytes with the old
// metadata until the upload is retried.
type Local struct {
	dir     string // absolute
	secret  []byte
	baseURL string // no trailing slash
	log     *slog.Logger

	now func() time.Time // the clock; tests replace it (export_test.go)

	// mu pairs data and metadata: writers (upload commit, Move, Remove)
	// rename both under the write lock, readers open both under the read
	// lock. An open *os.File keeps reading the bytes it opened even if the
	// object is replaced afterwards.
	mu sync.RWMutex
}

var _ Store = (*Local)(nil)

// The folder's subdirectories (see Local).
const (
	objectsDir = "objects"
	metaDir    = "meta"
	tmpDir     = "tmp"
	// spentDir holds an empty marker per key an object was moved away from.
	// The upload form of such a key is spent: the handler refuses it, where
	// MinIO cannot revoke a presigned form. Remove of the key drops it.
	spentDir = "spent"
)

// staleTemp is how old an abandoned upload's temporary file must be before
// EnsureBucket deletes it: far longer than any upload takes.
const staleTemp = 24 * time.Hour

// NewLocal returns a Store keeping its objects under dir and signing upload
// forms and download links with secret (at least SecretSize bytes; see
// LoadOrCreateSecret). baseURL is where Handler is mounted, as the browser
// must address it: a path ("/files") or an absolute URL
// ("http://127.0.0.1:8080/files"). Like NewMinIO it does not touch the disk;
// call EnsureBucket for that.
func NewLocal(dir string, secret []byte, baseURL string) (*Local, error) {
	if dir == "" {
		return nil, errors.New("storage: local: empty folder name")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("storage: local: %w", err)
	}
	if len(secret) < SecretSize {
		return nil, fmt.Errorf("storage: local: secret has %d bytes, want at least %d", len(secret), SecretSize)
	}
	u, err := url.Parse(baseURL)
	if err != nil || u.RawQuery != "" || u.Fragment != "" || !strings.HasPrefix(u.Path, "/") ||
		(u.IsAbs() && u.Scheme != "http" && u.Scheme != "https") || (!u.IsAbs() && u.Host != "") {
		return nil, fmt.Errorf("storage: local: base URL %q: want a path like /files or an http(s) URL", baseURL)
	}
	return &Local{
		dir:     abs,
		secret:  append([]byte(nil), secret...),
		baseURL: strings.TrimRight(baseURL, "/"),
		log:     slog.Default(),
		now:     time.Now,
	}, nil
}

// SetLogger sets where the handler reports internal errors (disk full,
// permissions), which the browser only sees as a 500. The default is
// slog.Default(). Call it before serving.
func (l *Local) SetLogger(log *slog.Logger) { l.log = log }

// Dir returns the folder the objects are kept in.
func (l *Local) Dir() string { return l.dir }

// keyPattern: slash-separated segments that each start with a lower-case
// letter or digit. So no segment is "", "." or "..", none is hidden, there
// is no leading or trailing slash, and the same key cannot be spelled two
// ways on a case-insensitive file system.
var keyPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*$`)

const (
	maxKeyLen     = 1024
	maxSegmentLen = 255 // the usual file-name limit
)

// checkKey refuses any key that could resolve outside the folder, or that
// the file system could not hold.
func checkKey(key string) error {
	if len(key) > maxKeyLen || !keyPattern.MatchString(key) || strings.Contains(key, "..") {
		return fmt.Errorf("storage: invalid key %q (want lower-case letters, digits, '.', '_', '-' in '/'-separated segments)", key)
	}
	for seg := range strings.SplitSeq(key, "/") {
		if len(seg) > maxSegmentLen {
			return fmt.Errorf("storage: invalid key %q: segment longer than %d bytes", key, maxSegmentLen)
		}
	}
	return nil
}

func (l *Local) path(tree, key string) string {
	return filepath.Join(l.dir, tree, filepath.FromSlash(key))
}

// localMeta is the content of a metadata file.
type localMeta struct {
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
}

// EnsureBucket implements Store: it creates the folder tree and deletes
// temporary files that a crash left behind.
func (l *Local) EnsureBucket(ctx context.Context) error {
	for _, tree := range []string{objectsDir, metaDir, tmpDir, spentDir} {
		if err := os.MkdirAll(filepath.Join(l.dir, tree), 0o700); err != nil {
			return fmt.Errorf("storage: local: %w", err)
		}
	}
	entries, err := os.ReadDir(filepath.Join(l.dir, tmpDir))
	if err != nil {
		return fmt.Errorf("storage: local: %w", err)
	}
	for _, e := range entries {
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleTemp {
			_ = os.Remove(filepath.Join(l.dir, tmpDir, e.Name()))
		}
	}
	return nil
}

// Ping implements Store: the folder tree exists and a file can be written.
func (l *Local) Ping(ctx context.Context) error {
	for _, tree := range []string{objectsDir, metaDir} {
		if fi, err := os.Stat(filepath.Join(l.dir, tree)); err != nil || !fi.IsDir() {
			return fmt.Errorf("storage: ping: %s is not a folder (EnsureBucket not called?): %v", filepath.Join(l.dir, tree), err)
		}
	}
	f, err := os.CreateTemp(filepath.Join(l.dir, tmpDir), "ping-*")
	if err != nil {
		return fmt.Errorf("storage: ping: %w", err)
	}
	f.Close()
	return os.Remove(f.Name())
}

// PresignUpload implements Store: the limits travel in a signed token that
// Handler checks (see token.go).
func (l *Local) PresignUpload(ctx context.Context, key, contentType string, maxSize int64, expiry time.Duration) (*Upload, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	if _, _, err := mime.ParseMediaType(contentType); err != nil {
		return nil, fmt.Errorf("storage: presign upload %q: content type %q: %w", key, contentType, err)
	}
	if maxSize < 1 {
		return nil, fmt.Errorf("storage: presign upload: maxSize must be positive, got %d", maxSize)
	}
	if expiry <= 0 {
		return nil, fmt.Errorf("storage: presign upload: expiry must be positive, got %v", expiry)
	}
	c := uploadClaims{Key: key, ContentType: contentType, MaxSize: maxSize, Expires: expiryUnix(l.now(), expiry)}
	tok, err := signToken(l.secret, purposeUpload, &c)
	if err != nil {
		return nil, fmt.Errorf("storage: presign upload %q: %w", key, err)
	}
	return &Upload{
		URL:       l.baseURL + "/upload",
		Method:    http.MethodPost,
		Fields:    map[string]string{fieldToken: tok, fieldContentType: contentType},
		ExpiresAt: time.Unix(c.Expires, 0),
	}, nil
}

// PresignDownload implements Store with a signed link to Handler.
func (l *Local) PresignDownload(ctx context.Context, key, filename string, inline bool, expiry time.Duration) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	if expiry <= 0 {
		return "", fmt.Errorf("storage: presign download: expiry must be positive, got %v", expiry)
	}
	c := downloadClaims{Key: key, Filename: filename, Inline: inline, Expires: expiryUnix(l.now(), expiry)}
	tok, err := signToken(l.secret, purposeDownload, &c)
	if err != nil {
		return "", fmt.Errorf("storage: presign download %q: %w", key, err)
	}
	return l.baseURL + "/download?token=" + tok, nil // base64url needs no escaping
}

// Put implements Store the way an upload is stored (spool, then commit),
// so a server-generated file and an uploaded one look the same on disk.
func (l *Local) Put(ctx context.Context, key, contentType string, r io.Reader, size int64) (ObjectInfo, error) {
	if err := checkPut(key, contentType, size); err != nil {
		return ObjectInfo{}, err
	}
	tmp, m, err := l.spool(io.LimitReader(r, size), contentType)
	if tmp != nil {
		defer os.Remove(tmp.Name()) // a no-op once renamed into place
		defer tmp.Close()
	}
	switch {
	case err != nil:
		return ObjectInfo{}, fmt.Errorf("storage: put %s: %w", key, err)
	case m.Size < size:
		return ObjectInfo{}, fmt.Errorf("storage: put %s: the reader ended after %d of %d bytes", key, m.Size, size)
	}
	if err := ctx.Err(); err != nil { // the caller gave up: do not replace the object
		return ObjectInfo{}, fmt.Errorf("storage: put %s: %w", key, err)
	}
	if err := l.commit(tmp, key, m); err != nil {
		return ObjectInfo{}, fmt.Errorf("storage: put %s: %w", key, err)
	}
	return ObjectInfo{Size: m.Size, ContentType: contentType, ETag: m.SHA256}, nil
}

// Stat implements Store.
func (l *Local) Stat(ctx context.Context, key string) (ObjectInfo, error) {
	f, info, _, err := l.open(key)
	if err != nil {
		return ObjectInfo{}, err
	}
	f.Close()
	return info, nil
}

// Open implements Store.
func (l *Local) Open(ctx context.Context, key string) (io.ReadCloser, error) {
	f, _, _, err := l.open(key)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// open returns the object's open file, metadata and modification time.
func (l *Local) open(key string) (*os.File, ObjectInfo, time.Time, error) {
	if err := checkKey(key); err != nil {
		return nil, ObjectInfo{}, time.Time{}, err
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.openLocked(key)
}

func (l *Local) openLocked(key string) (*os.File, ObjectInfo, time.Time, error) {
	f, err := os.Open(l.path(objectsDir, key))
	if err != nil {
		return nil, ObjectInfo{}, time.Time{}, localErr("open", key, err)
	}
	fi, err := f.Stat()
	if err == nil && fi.IsDir() { // the key is a prefix of other keys, not an object
		err = fs.ErrNotExist
	}
	if err != nil {
		f.Close()
		return nil, ObjectInfo{}, time.Time{}, localErr("open", key, err)
	}
	// Metadata missing or unreadable (a crash mid-commit): the bytes are
	// still the object, only their type is unknown.
	info := ObjectInfo{Size: fi.Size(), ContentType: "application/octet-stream"}
	var m localMeta
	if b, err := os.ReadFile(l.path(metaDir, key)); err == nil && json.Unmarshal(b, &m) == nil {
		info.ContentType, info.ETag = m.ContentType, m.SHA256
	}
	return f, info, fi.ModTime(), nil
}

// Move implements Store with two renames, so the bytes are not copied.
func (l *Local) Move(ctx context.Context, src, dst string) (ObjectInfo, error) {
	if err := checkKey(src); err != nil {
		return ObjectInfo{}, err
	}
	if err := checkKey(dst); err != nil {
		return ObjectInfo{}, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if fi, err := os.Stat(l.path(objectsDir, src)); err != nil || fi.IsDir() {
		if err == nil {
			err = fs.ErrNotExist
		}
		return ObjectInfo{}, localErr("move", src, err)
	}
	if src != dst {
		if err := l.renameLocked(l.path(objectsDir, src), l.path(metaDir, src), dst); err != nil {
			return ObjectInfo{}, localErr("move", src+" to "+dst, err)
		}
		if err := l.markSpentLocked(src); err != nil {
			return ObjectInfo{}, localErr("move", src+" to "+dst, err)
		}
		l.pruneLocked(src)
	}
	f, info, _, err := l.openLocked(dst)
	if err != nil {
		return ObjectInfo{}, err
	}
	f.Close()
	return info, nil
}

// renameLocked puts the data file and metadata file given into place as
// key, replacing what was there. A missing metadata file removes key's.
func (l *Local) renameLocked(data, meta, key string) error {
	dstData, dstMeta := l.path(objectsDir, key), l.path(metaDir, key)
	for _, p := range []string{dstData, dstMeta} {
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			return err
		}
	}
	if err := os.Rename(data, dstData); err != nil {
		return err
	}
	err := os.Rename(meta, dstMeta)
	if errors.Is(err, fs.ErrNotExist) {
		err = os.Remove(dstMeta)
	}
	if errors.Is(err, fs.ErrNotExist) {
		err = nil
	}
	return err
}

// Remove implements Store. There are no versions to remove.
func (l *Local) Remove(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, tree := range []string{objectsDir, metaDir, spentDir} {
		p := l.path(tree, key)
		if fi, err := os.Lstat(p); err != nil || fi.IsDir() {
			continue // missing, or only a prefix of other keys
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return localErr("remove", key, err)
		}
	}
	l.pruneLocked(key)
	return nil
}

// markSpentLocked records that key's object was moved away, so its upload
// form cannot put bytes there again.
func (l *Local) markSpentLocked(key string) error {
	p := l.path(spentDir, key)
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	return f.Close()
}

// spent reports whether key's object was moved away (see spentDir).
func (l *Local) spent(key string) bool {
	l.mu.RLock()
	defer l.mu.RUnlock()
	_, err := os.Lstat(l.path(spentDir, key))
	return err == nil
}

// pruneLocked removes the folders of key that are now empty, so the
// tree does not fill up with the folders of removed objects.
func (l *Local) pruneLocked(key string) {
	for dir := path.Dir(key); dir != "."; dir = path.Dir(dir) {
		errData := os.Remove(l.path(objectsDir, dir))
		errMeta := os.Remove(l.path(metaDir, dir))
		errSpent := os.Remove(l.path(spentDir, dir))
		if errData != nil && errMeta != nil && errSpent != nil {
			return // not empty (or gone): neither are its parents
		}
	}
}

// localErr wraps a file-system error, making a missing file ErrNotFound.
func localErr(op, key string, err error) error {
	// ENOTDIR: a parent "folder" of key is an object, so key is not one.
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		return fmt.Errorf("storage: %s %s: %w", op, key, ErrNotFound)
	}
	return fmt.Errorf("storage: %s %s: %w", op, key, err)
}
