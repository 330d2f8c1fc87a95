// Package faultproxy is a TCP proxy that tests put between the platform and
// PostgreSQL to make the database fail the ways it fails in production,
// without touching the server itself: hang (a stopped server or a network
// that silently drops packets), go away (refused and dropped connections)
// or lose a connection right after it committed, before the answer arrives.
//
// Safer than stopping the throwaway cluster with SIGSTOP: nothing is left
// stopped if a test dies, and other tests sharing the cluster are unaffected.
package faultproxy

import (
	"bytes"
	"net"
	"net/url"
	"sync"
	"testing"
)

// Proxy forwards TCP connections to one address, faithfully until told otherwise.
type Proxy struct {
	ln     net.Listener
	target string

	mu      sync.Mutex
	resume  *sync.Cond
	hung    bool
	refused bool
	cut     bool   // cut the connection that sends the next COMMIT
	drop    []byte // drop the connection that sends this next, before it arrives
	conns   map[*link]struct{}
	closed  bool
}

// link is one proxied connection.
type link struct {
	client, server net.Conn
	cutting        bool // COMMIT sent: drop the answer and close
}

func (l *link) close() {
	_ = l.client.Close()
	_ = l.server.Close()
}

// Start listens on a loopback port and forwards to target (host:port) until
// the test ends.
func Start(t testing.TB, target string) *Proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("faultproxy: %v", err)
	}
	p := &Proxy{ln: ln, target: target, conns: map[*link]struct{}{}}
	p.resume = sync.NewCond(&p.mu)
	go p.accept()
	t.Cleanup(p.close)
	return p
}

// StartFor starts a proxy for the PostgreSQL URL dsn (postgres://…@host:port/…)
// and returns it with the URL that goes through it.
func StartFor(t testing.TB, dsn string) (*Proxy, string) {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil || u.Host == "" {
		t.Fatalf("faultproxy: %q is not a postgres:// URL with a host", dsn)
	}
	p := Start(t, u.Host)
	u.Host = p.Addr()
	return p, u.String()
}

// Addr is the proxy's host:port.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// Hang stops forwarding in both directions, on open connections and new
// ones alike (they are accepted, then nothing answers).
func (p *Proxy) Hang() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.hung = true
}

// Refuse drops every open connection and closes new ones at once.
func (p *Proxy) Refuse() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.refused = true
	for l := range p.conns {
		l.close()
	}
}

// Restore forwards faithfully again (connections dropped stay dropped).
func (p *Proxy) Restore() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.hung, p.refused = false, false
	p.resume.Broadcast()
}

// CutAfterNextCommit makes the next connection that sends COMMIT lose it
// half-way: the COMMIT reaches the server, which applies it and answers; the
// answer is dropped and the client's connection closed.
func (p *Proxy) CutAfterNextCommit() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = true
}

// DropOnNext makes the next connection that sends a message containing
// text (a statement, say) drop before the message reaches the server: a
// connection lost in the middle of a transaction.
func (p *Proxy) DropOnNext(text string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.drop = []byte(text)
}

func (p *Proxy) accept() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		refused := p.refused || p.closed
		p.mu.Unlock()
		if refused {
			_ = c.Close()
			continue
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			_ = c.Close()
			continue
		}
		l := &link{client: c, server: s}
		p.mu.Lock()
		p.conns[l] = struct{}{}
		p.mu.Unlock()
		go p.pump(l, c, s, true)
		go p.pump(l, s, c, false)
	}
}

// commitMsg is lib/pq's simple-query message for COMMIT.
var commitMsg = []byte("Q\x00\x00\x00\x0bCOMMIT\x00")

// pump copies from src to dst, waiting while the proxy is hung.
func (p *Proxy) pump(l *link, src, dst net.Conn, toServer bool) {
	defer func() {
		l.close()
		p.mu.Lock()
		delete(p.conns, l)
		p.mu.Unlock()
	}()
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			p.mu.Lock()
			for p.hung && !p.closed {
				p.resume.Wait()
			}
			if toServer && p.cut && bytes.Contains(buf[:n], commitMsg) {
				p.cut, l.cutting = false, true
			}
			drop := !toServer && l.cutting
			if toServer && p.drop != nil && bytes.Contains(buf[:n], p.drop) {
				p.drop, drop = nil, true
			}
			p.mu.Unlock()
			if drop {
				return // the server's answer to a COMMIT (nobody hears it), or a message it never gets
			}
			if _, err := dst.Write(buf[:n]); err != nil {
				return
			}
		}
		if err != nil {
			return // EOF or a closed connection: close the other side too
		}
	}
}

func (p *Proxy) close() {
	p.mu.Lock()
	p.closed = true
	p.resume.Broadcast()
	for l := range p.conns {
		l.close()
	}
	p.mu.Unlock()
	_ = p.ln.Close()
}
