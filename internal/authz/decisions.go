package authz

import (
	"sync"
	"sync/atomic"
)

// decisions remembers Casbin's answers between two reloads of the
// policy. Casbin evaluates its matcher expression on every call, and a
// request asks the same question once per query it runs (a list and each
// edge it loads), the `me` query asks all 198; in a profile of the
// organisation list under load, Enforce was 3.5% of the server's CPU.
//
// The answers are correct exactly as long as the policy they were read
// from, and the policy only changes in Reload (the adapter refuses every
// other write). Reload therefore installs an empty set after the new
// policy is in place. A caller takes the set before it asks Casbin, so an
// answer read from the old policy can only land in a set that Reload has
// already replaced, never in the one installed after it.
type decisions struct {
	m sync.Map // decisionKey → bool
	n atomic.Int64
}

type decisionKey struct {
	user, domain int
	obj, act     string
}

// maxDecisions bounds the set: at province scale there are 100,000 users.
// Past it answers are still given, just not kept, until the next reload.
const maxDecisions = 1 << 16

func (d *decisions) get(k decisionKey) (allowed, ok bool) {
	v, ok := d.m.Load(k)
	if !ok {
		return false, false
	}
	return v.(bool), true
}

func (d *decisions) put(k decisionKey, allowed bool) {
	if d.n.Load() >= maxDecisions {
		return
	}
	if _, loaded := d.m.LoadOrStore(k, allowed); !loaded {
		d.n.Add(1)
	}
}
