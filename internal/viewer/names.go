package viewer

import "strconv"

// AnyDomain is the Casbin domain of grants valid in every domain (platform admins).
const AnyDomain = "*"

// Subject names user id as a Casbin subject.
func Subject(userID int) string { return "user:" + strconv.Itoa(userID) }

// Domain names a domain id as a Casbin domain.
func Domain(domainID int) string { return "domain:" + strconv.Itoa(domainID) }
