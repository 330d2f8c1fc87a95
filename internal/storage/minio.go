package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// MinIO is the Store backed by a MinIO (or other S3-compatible) server. All
// objects live in one bucket.
type MinIO struct {
	client *minio.Client
	bucket string
}

var _ Store = (*MinIO)(nil)

// maxRetries bounds minio-go's built-in retries (default 10, with backoff).
// With the default an unreachable server makes every call hang for many
// seconds before failing; a request handler would rather report 503 quickly
// and let the user retry.
const maxRetries = 3

// NewMinIO returns a Store for bucket on the server at endpoint (host:port,
// no scheme). It does not contact the server; call EnsureBucket or Ping for
// that.
func NewMinIO(endpoint, accessKey, secretKey, bucket string, useSSL bool) (*MinIO, error) {
	if bucket == "" {
		return nil, errors.New("storage: empty bucket name")
	}
	client, err := minio.New(endpoint, &minio.Options{
		Creds:      credentials.NewStaticV4(accessKey, secretKey, ""),
		Secure:     useSSL,
		MaxRetries: maxRetries,
		// Path-style URLs (http://host/bucket/key) work against a bare IP or
		// localhost, where virtual-host style (bucket.host) cannot resolve.
		BucketLookup: minio.BucketLookupPath,
	})
	if err != nil {
		return nil, fmt.Errorf("storage: minio client for %q: %w", endpoint, err)
	}
	return &MinIO{client: client, bucket: bucket}, nil
}

// Bucket returns the name of the bucket this store uses.
func (m *MinIO) Bucket() string { return m.bucket }

// EnsureBucket implements Store.
func (m *MinIO) EnsureBucket(ctx context.Context) error {
	exists, err := m.client.BucketExists(ctx, m.bucket)
	if err != nil {
		return m.wrap("check bucket", "", err)
	}
	if !exists {
		err := m.client.MakeBucket(ctx, m.bucket, minio.MakeBucketOptions{})
		// Another replica may have created it between our check and now.
		if err != nil && minio.ToErrorResponse(err).Code != "BucketAlreadyOwnedByYou" {
			return m.wrap("create bucket", "", err)
		}
	}
	cfg, err := m.client.GetBucketVersioning(ctx, m.bucket)
	if err != nil {
		return m.wrap("get bucket versioning", "", err)
	}
	if !cfg.Enabled() {
		if err := m.client.EnableVersioning(ctx, m.bucket); err != nil {
			return m.wrap("enable bucket versioning", "", err)
		}
	}
	return nil
}

// Ping implements Store. A HEAD on the bucket exercises the network, the
// credentials and the bucket's existence in one cheap request.
func (m *MinIO) Ping(ctx context.Context) error {
	exists, err := m.client.BucketExists(ctx, m.bucket)
	if err != nil {
		return m.wrap("ping", "", err)
	}
	if !exists {
		return fmt.Errorf("storage: ping: bucket %q does not exist", m.bucket)
	}
	return nil
}

// PresignUpload implements Store with an S3 POST policy. Every limit is a
// policy condition signed with our secret key, so MinIO rejects a form whose
// key, Content-Type or size differs from what we allowed, or that arrives
// after the expiry.
func (m *MinIO) PresignUpload(ctx context.Context, key, contentType string, maxSize int64, expiry time.Duration) (*Upload, error) {
	if key == "" {
		return nil, errors.New("storage: presign upload: empty key")
	}
	if maxSize < 1 {
		return nil, fmt.Errorf("storage: presign upload: maxSize must be positive, got %d", maxSize)
	}
	if expiry <= 0 {
		return nil, fmt.Errorf("storage: presign upload: expiry must be positive, got %v", expiry)
	}
	expiresAt := time.Now().Add(expiry)

	p := minio.NewPostPolicy()
	for _, set := range []func() error{
		func() error { return p.SetBucket(m.bucket) },
		func() error { return p.SetKey(key) },
		func() error { return p.SetContentType(contentType) },
		// Minimum 1: an empty upload is always a client bug.
		func() error { return p.SetContentLengthRange(1, maxSize) },
		func() error { return p.SetExpires(expiresAt.UTC()) },
	} {
		if err := set(); err != nil {
			return nil, fmt.Errorf("storage: presign upload %q: %w", key, err)
		}
	}

	u, fields, err := m.client.PresignedPostPolicy(ctx, p)
	if err != nil {
		return nil, m.wrap("presign upload", key, err)
	}
	return &Upload{
		URL:       u.String(),
		Method:    http.MethodPost,
		Fields:    fields,
		ExpiresAt: expiresAt,
	}, nil
}

// Put implements Store with one PutObject: a known size under minio-go's
// multipart threshold (16 MiB) goes up as a single request, without the
// part buffers an unknown size would allocate.
//
// The body is wrapped (putBody), which costs minio-go's own retries (it
// only retries a body it can seek back), so a failed Put is reported at
// once and the caller retries the whole Put.
func (m *MinIO) Put(ctx context.Context, key, contentType string, r io.Reader, size int64) (ObjectInfo, error) {
	if err := checkPut(key, contentType, size); err != nil {
		return ObjectInfo{}, err
	}
	body := &putBody{r: r, left: size}
	info, err := m.client.PutObject(ctx, m.bucket, key, body, size, minio.PutObjectOptions{ContentType: contentType})
	switch {
	case body.short:
		return ObjectInfo{}, fmt.Errorf("storage: put %s/%s: the reader ended after %d of %d bytes", m.bucket, key, size-body.left, size)
	case body.err != nil:
		return ObjectInfo{}, fmt.Errorf("storage: put %s/%s: reading the content: %w", m.bucket, key, body.err)
	case err != nil:
		return ObjectInfo{}, m.wrap("put", key, err)
	}
	return ObjectInfo{Size: info.Size, ContentType: contentType, ETag: info.ETag}, nil
}

// putBody is Put's content as the HTTP client reads it: the first left
// bytes of r and no more (net/http fails a body longer than its
// Content-Length). It remembers whether r failed or ended early, because
// net/http reports both as a network error, which classify would take for
// an unreachable server, while they are the caller's bugs.
type putBody struct {
	r     io.Reader
	left  int64
	short bool  // r ended before left reached 0
	err   error // r's own error
}

func (b *putBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	switch {
	case err == io.EOF && b.left > 0:
		b.short = true
	case err != nil && err != io.EOF:
		b.err = err
	}
	return n, err
}

// Stat implements Store.
func (m *MinIO) Stat(ctx context.Context, key string) (ObjectInfo, error) {
	info, err := m.client.StatObject(ctx, m.bucket, key, minio.StatObjectOptions{})
	if err != nil {
		return ObjectInfo{}, m.wrap("stat", key, err)
	}
	return ObjectInfo{Size: info.Size, ContentType: info.ContentType, ETag: info.ETag}, nil
}

// Open implements Store.
func (m *MinIO) Open(ctx context.Context, key string) (io.ReadCloser, error) {
	obj, err := m.client.GetObject(ctx, m.bucket, key, minio.GetObjectOptions{})
	if err != nil {
		return nil, m.wrap("open", key, err)
	}
	// GetObject is lazy: without this the request (and a not-found or
	// unreachable error) would only happen on the caller's first Read.
	if _, err := obj.Stat(); err != nil {
		_ = obj.Close()
		return nil, m.wrap("open", key, err)
	}
	return obj, nil
}

// PresignDownload implements Store. The Content-Disposition is passed as the
// response-content-disposition query parameter, which is part of the signed
// URL, so the browser gets our file name and cannot be made to get another.
func (m *MinIO) PresignDownload(ctx context.Context, key, filename string, inline bool, expiry time.Duration) (string, error) {
	params := url.Values{}
	if inline {
		params.Set("response-content-disposition", InlineDisposition(filename))
	} else {
		params.Set("response-content-disposition", ContentDisposition(filename))
	}
	u, err := m.client.PresignedGetObject(ctx, m.bucket, key, expiry, params)
	if err != nil {
		return "", m.wrap("presign download", key, err)
	}
	return u.String(), nil
}

// Move implements Store with a server-side copy (the bytes never pass
// through us) of the version current at the time of the stat, then the
// removal of every version of src.
func (m *MinIO) Move(ctx context.Context, src, dst string) (ObjectInfo, error) {
	info, err := m.client.StatObject(ctx, m.bucket, src, minio.StatObjectOptions{})
	if err != nil {
		return ObjectInfo{}, m.wrap("move", src, err)
	}
	_, err = m.client.CopyObject(ctx,
		minio.CopyDestOptions{Bucket: m.bucket, Object: dst},
		minio.CopySrcOptions{Bucket: m.bucket, Object: src, VersionID: info.VersionID})
	if err != nil {
		return ObjectInfo{}, m.wrap("move", src+" to "+dst, err)
	}
	if err := m.Remove(ctx, src); err != nil {
		return ObjectInfo{}, err
	}
	return m.Stat(ctx, dst)
}

// Remove implements Store. The bucket is versioned, so a plain delete would
// only add a delete marker and keep the bytes; removing each version is what
// "gone" means for a refused or expired document.
func (m *MinIO) Remove(ctx context.Context, key string) error {
	opts := minio.ListObjectsOptions{Prefix: key, WithVersions: true, Recursive: true}
	for obj := range m.client.ListObjects(ctx, m.bucket, opts) {
		if obj.Err != nil {
			return m.wrap("remove", key, obj.Err)
		}
		if obj.Key != key { // the prefix also matches longer keys
			continue
		}
		err := m.client.RemoveObject(ctx, m.bucket, key, minio.RemoveObjectOptions{VersionID: obj.VersionID})
		if err != nil && !errors.Is(classify(err), ErrNotFound) {
			return m.wrap("remove", key, err)
		}
	}
	return nil
}

// wrap adds context to err and, via classify, makes ErrNotFound and
// ErrUnavailable matchable with errors.Is while keeping the original error.
func (m *MinIO) wrap(op, key string, err error) error {
	where := m.bucket
	if key != "" {
		where += "/" + key
	}
	return fmt.Errorf("storage: %s %s: %w", op, where, classify(err))
}

// classify maps a minio-go error onto the package's sentinel errors.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var resp minio.ErrorResponse
	if errors.As(err, &resp) {
		switch {
		case resp.Code == minio.NoSuchKey || resp.Code == "NoSuchVersion":
			return fmt.Errorf("%w: %w", ErrNotFound, err)
		case resp.StatusCode == http.StatusServiceUnavailable:
			// MinIO answers 503 while starting up or when it lost quorum.
			return fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
		return err
	}
	if isUnreachable(err) {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return err
}

// isUnreachable reports whether err means we got no answer from the server
// at all, as opposed to an answer we did not like.
func isUnreachable(err error) bool {
	if errors.Is(err, context.Canceled) {
		// The caller gave up (e.g. the browser went away); the server may be fine.
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EHOSTUNREACH) ||
		errors.Is(err, syscall.ENETUNREACH) ||
		errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return true
	}
	var opErr *net.OpError
	var dnsErr *net.DNSError
	if errors.As(err, &opErr) || errors.As(err, &dnsErr) {
		return true
	}
	// minio-go replaces an EOF from the transport with this plain-text error
	// (see executeMethod in minio-go's api.go), dropping the original type.
	var urlErr *url.Error
	if errors.As(err, &urlErr) && strings.Contains(urlErr.Err.Error(), "Connection closed by foreign host") {
		return true
	}
	return false
}
