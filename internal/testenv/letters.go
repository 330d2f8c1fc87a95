package testenv

import (
	"crypto/rand"

	"hatchery/internal/casework"
	"hatchery/internal/letter"
)

// EnableLetters makes decided cases get their PDF decision letter, as the
// server does, with verification links to this test server. Without the
// CJK font the test skips (fails under CI=true).
func (e *Env) EnableLetters() *casework.Letters {
	e.T.Helper()
	font, err := letter.LoadFont()
	if err != nil {
		missing(e.T, err.Error())
	}
	secret := make([]byte, letter.MinSecretSize)
	_, _ = rand.Read(secret)
	l := &casework.Letters{Store: e.App.Store, Font: func() ([]byte, error) { return font, nil }, Secret: secret, BaseURL: e.URL}
	e.App.Letters, e.App.Casework.Letters = l, l
	return l
}
