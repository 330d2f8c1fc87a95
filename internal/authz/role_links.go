package authz

import (
	"slices"
	"sync"

	"github.com/casbin/casbin/v2/log"
	"github.com/casbin/casbin/v2/rbac"
)

// roleLinks is the role manager Casbin is given in place of its default
// (rbac/default-role-manager's DomainManager): the same answers, in a
// fraction of the memory.
//
// Every role assignment is a g line, one per account that holds a role, so
// a province's NGO members alone are tens of thousands. The default keeps a
// role manager per domain, a Role per name in each, and sync.Maps inside
// every Role: in a heap profile at province scale (35,000 assignments) it
// held about 25 MB of the idle server's 41 MB live heap, and the collector,
// which let the heap grow to three times what is live (GOGC was 200,
// server/gc.go), made that over 100 MiB of resident memory under load. Here
// a link is two strings that point at shared copies of the few role and
// domain names, kept in a slice under the name that holds it: 122 bytes an
// assignment against 815 (BenchmarkRoleLinksMemory).
//
// What is the same: a name always has a link to itself; links are followed
// from name to role up to maxHierarchyLevel steps, in one domain at a time;
// a call without a domain uses the empty one. What is missing: pattern
// matching of names and domains (AddMatchingFunc, AddDomainMatchingFunc),
// which our model does not use; asking for it panics, so a model that
// started to would fail at start-up, not answer wrongly. Listing the users of
// a role walks every link: only the admin's screens ask that, never a
// request's authorisation.
type roleLinks struct {
	mu       sync.RWMutex
	maxLevel int
	links    map[string][]link // name1 → its links
	interned map[string]string // role and domain names, one copy each
	logger   log.Logger
}

// link is name1 having role in domain.
type link struct{ role, domain string }

// maxHierarchyLevel is Casbin's default depth for following roles of roles.
const maxHierarchyLevel = 10

var _ rbac.RoleManager = (*roleLinks)(nil)

func newRoleLinks() *roleLinks {
	rl := &roleLinks{maxLevel: maxHierarchyLevel, logger: &log.DefaultLogger{}}
	_ = rl.Clear()
	return rl
}

// domainOf is the domain a call names: the first of domains, or the empty one.
func domainOf(domains []string) string {
	if len(domains) == 0 {
		return ""
	}
	return domains[0]
}

func (rl *roleLinks) intern(s string) string {
	if v, ok := rl.interned[s]; ok {
		return v
	}
	rl.interned[s] = s
	return s
}

// Clear forgets every link.
func (rl *roleLinks) Clear() error {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	rl.links = map[string][]link{}
	rl.interned = map[string]string{}
	return nil
}

// AddLink records that name1 has role name2 in the domain.
func (rl *roleLinks) AddLink(name1, name2 string, domains ...string) error {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	l := link{role: rl.intern(name2), domain: rl.intern(domainOf(domains))}
	if !slices.Contains(rl.links[name1], l) {
		rl.links[name1] = append(rl.links[name1], l)
	}
	return nil
}

// BuildRelationship is deprecated in Casbin and does nothing there either.
func (rl *roleLinks) BuildRelationship(string, string, ...string) error { return nil }

// DeleteLink removes name1's role name2 in the domain.
func (rl *roleLinks) DeleteLink(name1, name2 string, domains ...string) error {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	l := link{role: name2, domain: domainOf(domains)}
	kept := slices.DeleteFunc(rl.links[name1], func(x link) bool { return x == l })
	if len(kept) == 0 {
		delete(rl.links, name1)
	} else {
		rl.links[name1] = kept
	}
	return nil
}

// HasLink reports whether name1 reaches name2 in the domain, itself
// included, in at most maxLevel steps.
func (rl *roleLinks) HasLink(name1, name2 string, domains ...string) (bool, error) {
	if name1 == name2 {
		return true, nil
	}
	rl.mu.RLock()
	defer rl.mu.RUnlock()
	domain := domainOf(domains)
	found := false
	rl.walk(name1, domain, func(name string) bool {
		found = name == name2
		return !found
	})
	return found, nil
}

// walk calls visit with every role name1 reaches in domain, nearest first,
// each once, up to maxLevel steps, until visit returns false. The names
// seen are kept in a slice: an account holds a role or two, and roles hold
// none, so a map would cost more than it saves.
func (rl *roleLinks) walk(name1, domain string, visit func(string) bool) {
	seen := []string{name1}
	level := seen
	for step := 0; step < rl.maxLevel && len(level) > 0; step++ {
		start := len(seen)
		for _, name := range level {
			for _, l := range rl.links[name] {
				if l.domain != domain || slices.Contains(seen, l.role) {
					continue
				}
				if !visit(l.role) {
					return
				}
				seen = append(seen, l.role)
			}
		}
		level = seen[start:]
	}
}

// GetRoles lists the roles name has directly in the domain.
func (rl *roleLinks) GetRoles(name string, domains ...string) ([]string, error) {
	rl.mu.RLock()
	defer rl.mu.RUnlock()
	domain := domainOf(domains)
	var out []string
	for _, l := range rl.links[name] {
		if l.domain == domain {
			out = append(out, l.role)
		}
	}
	return out, nil
}

// GetUsers lists the names that have role name directly in the domain.
func (rl *roleLinks) GetUsers(name string, domains ...string) ([]string, error) {
	rl.mu.RLock()
	defer rl.mu.RUnlock()
	return rl.usersOf(name, domainOf(domains)), nil
}

func (rl *roleLinks) usersOf(role, domain string) []string {
	var out []string
	for name1, ls := range rl.links {
		if slices.Contains(ls, link{role: role, domain: domain}) {
			out = append(out, name1)
		}
	}
	return out
}

// GetImplicitRoles lists every role name reaches in the domain.
func (rl *roleLinks) GetImplicitRoles(name string, domains ...string) ([]string, error) {
	rl.mu.RLock()
	defer rl.mu.RUnlock()
	var out []string
	rl.walk(name, domainOf(domains), func(role string) bool {
		out = append(out, role)
		return true
	})
	return out, nil
}

// GetImplicitUsers lists every name that reaches role name in the domain.
func (rl *roleLinks) GetImplicitUsers(name string, domains ...string) ([]string, error) {
	rl.mu.RLock()
	defer rl.mu.RUnlock()
	domain := domainOf(domains)
	var out []string
	seen := map[string]bool{name: true}
	level := []string{name}
	for step := 0; step < rl.maxLevel && len(level) > 0; step++ {
		var next []string
		for _, role := range level {
			for _, user := range rl.usersOf(role, domain) {
				if !seen[user] {
					seen[user] = true
					out = append(out, user)
					next = append(next, user)
				}
			}
		}
		level = next
	}
	return out, nil
}

// GetDomains lists the domains in which name has a role or is one.
func (rl *roleLinks) GetDomains(name string) ([]string, error) {
	rl.mu.RLock()
	defer rl.mu.RUnlock()
	var out []string
	add := func(d string) {
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	for _, l := range rl.links[name] {
		add(l.domain)
	}
	for _, ls := range rl.links {
		for _, l := range ls {
			if l.role == name {
				add(l.domain)
			}
		}
	}
	return out, nil
}

// GetAllDomains lists every domain a link is in.
func (rl *roleLinks) GetAllDomains() ([]string, error) {
	rl.mu.RLock()
	defer rl.mu.RUnlock()
	var out []string
	for _, ls := range rl.links {
		for _, l := range ls {
			if !slices.Contains(out, l.domain) {
				out = append(out, l.domain)
			}
		}
	}
	return out, nil
}

// DeleteDomain removes every link in domain.
func (rl *roleLinks) DeleteDomain(domain string) error {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	for name1, ls := range rl.links {
		kept := slices.DeleteFunc(ls, func(l link) bool { return l.domain == domain })
		if len(kept) == 0 {
			delete(rl.links, name1)
		} else {
			rl.links[name1] = kept
		}
	}
	return nil
}

// PrintRoles logs every link, as "name1 < role" per domain, when the
// logger is enabled.
func (rl *roleLinks) PrintRoles() error {
	if !rl.logger.IsEnabled() {
		return nil
	}
	rl.mu.RLock()
	defer rl.mu.RUnlock()
	var lines []string
	for name1, ls := range rl.links {
		for _, l := range ls {
			lines = append(lines, l.domain+": "+name1+" < "+l.role)
		}
	}
	slices.Sort(lines)
	rl.logger.LogRole(lines)
	return nil
}

// SetLogger sets where PrintRoles writes.
func (rl *roleLinks) SetLogger(logger log.Logger) { rl.logger = logger }

// Match compares names exactly: no matching functions are installed.
func (rl *roleLinks) Match(str, pattern string) bool { return str == pattern }

// AddMatchingFunc is not supported (see roleLinks).
func (rl *roleLinks) AddMatchingFunc(string, rbac.MatchingFunc) {
	panic("authz: role links match names exactly; pattern matching of names is not supported")
}

// AddDomainMatchingFunc is not supported (see roleLinks).
func (rl *roleLinks) AddDomainMatchingFunc(string, rbac.MatchingFunc) {
	panic("authz: role links match domains exactly; pattern matching of domains is not supported")
}
