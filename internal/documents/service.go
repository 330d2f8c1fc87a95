// Package documents is the platform's document store: what owners keep
// (certificates, articles, budgets, …), as versions of files that live in
// object storage (internal/storage) and never pass through this server.
//
// The flow: RequestUpload records what the uploader declares (name, type,
// size, SHA-256) and hands out a storage upload form for one fresh key;
// the browser posts the file straight to storage; CompleteUpload moves the
// bytes to a key no form names (so they cannot change any more), checks
// them against the declaration — size, type, the hash recomputed here and
// the magic bytes — and only then records a DocumentVersion. So a version
// row always points at checked bytes that exist. Refused bytes are removed.
//
// Who may do what is decided by ent privacy (internal/authz): this package
// calls ent with the viewer's context and never bypasses it, except in the
// clean-up job, which acts as the system.
package documents

import (
	"context"
	"log/slog"
	"time"

	"hatchery/internal/storage"
)

// Defaults of the upload and download rules.
const (
	DefaultMaxSize   = 50 << 20 // 50 MiB
	FormExpiry       = 15 * time.Minute
	LinkExpiry       = 5 * time.Minute
	StaleUploadAfter = 24 * time.Hour
	DefaultRetention = 30 * 24 * time.Hour
	// ExpiringSoonDays is how far ahead an expiry date is flagged.
	ExpiringSoonDays = 30
)

// Service runs the document flow over a store.
type Service struct {
	Store storage.Store
	// MaxSize is the largest file accepted, in bytes.
	MaxSize int64
	// Retention is how long a deleted document's files are kept.
	Retention time.Duration
	Log       *slog.Logger
	// Now is the clock (tests move it).
	Now func() time.Time
}

// New returns a Service over store with the default limits.
func New(store storage.Store, log *slog.Logger) *Service {
	if log == nil {
		log = slog.Default()
	}
	return &Service{Store: store, MaxSize: DefaultMaxSize, Retention: DefaultRetention, Log: log, Now: time.Now}
}

// reachable checks the store answers before handing out a form or link:
// presigning is local arithmetic once the client knows the bucket, so
// without this a form would be issued that cannot be used.
func (s *Service) reachable(ctx context.Context) error {
	if err := s.Store.Ping(ctx); err != nil {
		return storage.ForPeople(err)
	}
	return nil
}

// Limits tells clients what the server accepts.
type Limits struct {
	MaxSize      int64
	ContentTypes []string
}

// Limits returns the accepted sizes and types.
func (s *Service) Limits() Limits { return Limits{MaxSize: s.MaxSize, ContentTypes: ContentTypes()} }
