package schema

import "regexp"

// usernamePattern keeps usernames typeable and safe in URLs and logs.
var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,63}$`)
