package server

import (
	"log/slog"
	"path/filepath"

	"hatchery/internal/app"
	"hatchery/internal/casework"
	"hatchery/internal/letter"
	"hatchery/internal/storage"
)

// setUpLetters gives casework what it needs to issue decision letters: the
// CJK font, the verification secret (kept in the data directory: it must
// never change, letters on paper carry it) and the public URL. Without the
// font the platform still runs and decides cases, without letters, and
// says so in the log.
func setUpLetters(a *app.App, cfg Config, log *slog.Logger) error {
	secret, err := storage.LoadOrCreateSecret(filepath.Join(cfg.DataDir, "letter-verify.key"))
	if err != nil {
		return err
	}
	l := &casework.Letters{Store: a.Store, Secret: secret, BaseURL: cfg.PublicURL}
	a.Letters = l
	path, err := letter.FindFont()
	if err != nil {
		log.Error("decision letters are disabled: no CJK font", "err", err, "fix", "apt-get install "+letter.FontPackage)
		return nil
	}
	l.Font = func() ([]byte, error) { return letter.ReadFont(path) }
	a.Casework.Letters = l
	return nil
}
