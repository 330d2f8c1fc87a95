package storage

import (
	"errors"

	"hatchery/internal/apperr"
)

// ForPeople turns a store failure into what a person is shown: UNAVAILABLE
// ("try again later") when the store cannot be reached, otherwise err as
// it is (an internal error). The original error stays in the chain for logs.
func ForPeople(err error) error {
	if errors.Is(err, ErrUnavailable) {
		return errors.Join(apperr.ErrUnavailable, err)
	}
	return err
}
