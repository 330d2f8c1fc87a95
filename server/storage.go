package server

import (
	"context"
	"log/slog"
	"path/filepath"
	"time"

	"hatchery/internal/storage"
)

// localFilesPath is where the local store's upload and download endpoints
// are mounted.
const localFilesPath = "/files"

// openStore returns the document store the configuration names: MinIO when
// MINIO_ENDPOINT is set, else a folder under the data directory whose
// signing key is kept next to it (so links survive a restart).
func openStore(cfg Config, log *slog.Logger) (storage.Store, error) {
	if m := cfg.MinIO; m.Endpoint != "" {
		return storage.NewMinIO(m.Endpoint, m.AccessKey, m.SecretKey, m.Bucket, m.UseSSL)
	}
	secret, err := storage.LoadOrCreateSecret(filepath.Join(cfg.DataDir, "storage.key"))
	if err != nil {
		return nil, err
	}
	l, err := storage.NewLocal(filepath.Join(cfg.DataDir, "files"), secret, localFilesPath)
	if err != nil {
		return nil, err
	}
	l.SetLogger(log)
	return l, nil
}

// prepareStore creates the bucket (and turns on versioning) once the store
// answers. A store that is down at start does not stop the platform: the
// rest of the API works, document calls answer UNAVAILABLE, /readyz says
// so, and this keeps trying until the store is back.
func prepareStore(ctx context.Context, s storage.Store, log *slog.Logger) {
	for wait := time.Second; ; wait = min(2*wait, time.Minute) {
		err := s.EnsureBucket(ctx)
		if err == nil {
			log.Info("document storage ready")
			return
		}
		log.Warn("document storage not ready; retrying", "err", err, "retry_in", wait.String())
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}
