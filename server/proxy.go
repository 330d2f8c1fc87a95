package server

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// TrustedProxies are the reverse proxies (load balancers, TLS terminators)
// in front of the server, from HATCHERY_TRUSTED_PROXIES. Only a request whose
// immediate peer is one of them has its X-Forwarded-For and
// X-Forwarded-Proto believed: anyone else can write those headers, and a
// forged X-Forwarded-For would let a client pick the address the login
// throttle counts it under (a fresh one each try).
type TrustedProxies []netip.Prefix

// ParseTrustedProxies reads a list of CIDRs or single addresses separated by
// commas or spaces, e.g. "10.0.0.0/8, 192.168.1.7, fd00::/8". Empty: none.
func ParseTrustedProxies(s string) (TrustedProxies, error) {
	var out TrustedProxies
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		if a, err := netip.ParseAddr(f); err == nil {
			a = a.Unmap()
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(f)
		if err != nil {
			return nil, fmt.Errorf("%q is not an address or a CIDR range (e.g. 10.0.0.0/8)", f)
		}
		// A range written with host bits ("10.1.2.3/8") is more likely a
		// typo than a wish to trust 16 million addresses: say so.
		if m := p.Masked(); m != p {
			return nil, fmt.Errorf("%q has bits set beyond its /%d prefix; did you mean %s?", f, p.Bits(), m)
		}
		if p.Addr().Is4In6() && p.Bits() >= 96 {
			p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
		}
		out = append(out, p)
	}
	return out, nil
}

// String lists the ranges as ParseTrustedProxies reads them.
func (t TrustedProxies) String() string {
	s := make([]string, len(t))
	for i, p := range t {
		s[i] = p.String()
	}
	return strings.Join(s, ",")
}

func (t TrustedProxies) trusts(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range t {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// peer is the address at the other end of the connection.
func peer(r *http.Request) (netip.Addr, bool) {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a, err := netip.ParseAddr(host)
	return a.Unmap(), err == nil
}

// clientIP is the address a request comes from, as the login throttle and the
// session record see it: the connection's peer, or, when the peer is a
// trusted proxy, the rightmost X-Forwarded-For hop that is not a trusted
// proxy. Hops further left were written by whoever the first untrusted hop
// was, so they are not evidence of anything.
func (t TrustedProxies) clientIP(r *http.Request) string {
	a, ok := peer(r)
	if !ok {
		return r.RemoteAddr // not an IP connection (tests, unix sockets): as is
	}
	if !t.trusts(a) {
		return a.String()
	}
	hops := forwardedList(r.Header.Values("X-Forwarded-For"))
	for i := len(hops) - 1; i >= 0; i-- {
		h, ok := parseHop(hops[i])
		if !ok {
			// Not an address: the trusted proxy to its right is the last
			// hop that can be named.
			break
		}
		a = h
		if !t.trusts(h) {
			break
		}
	}
	return a.String()
}

// secure reports whether the client reached us over TLS: directly, or to a
// trusted proxy that says so in X-Forwarded-Proto. Any "https" in the list
// counts: a client that forges one only makes its own cookie stricter.
func (t TrustedProxies) secure(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	if a, ok := peer(r); !ok || !t.trusts(a) {
		return false
	}
	for _, p := range forwardedList(r.Header.Values("X-Forwarded-Proto")) {
		if strings.EqualFold(p, "https") {
			return true
		}
	}
	return false
}

// forwardedList splits X-Forwarded-* headers (possibly several) into their
// comma-separated items, in order.
func forwardedList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, item := range strings.Split(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

// parseHop reads one X-Forwarded-For item: an address, or an address with a
// port as some proxies write it ("203.0.113.7:4711", "[2001:db8::1]:4711").
func parseHop(s string) (netip.Addr, bool) {
	if a, err := netip.ParseAddr(s); err == nil {
		return a.WithZone("").Unmap(), true
	}
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().WithZone("").Unmap(), true
	}
	return netip.Addr{}, false
}
