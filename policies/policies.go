// Package policies embeds the Casbin model and the role permission matrix,
// so the binary carries the exact files the allow/deny tests walk.
package policies

import _ "embed"

// Model is the Casbin model (RBAC with domains).
//
//go:embed model.conf
var Model string

// Policy is the permission matrix: one "p, role, object, action" line each.
//
//go:embed policy.csv
var Policy string
