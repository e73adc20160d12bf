package reader

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"time"

	"lede/reader/sanitize"
)

// The redirect policy: a fetch that starts at a public address stays on
// public addresses. A page on the internet cannot send lede, by a redirect
// or by a name that resolves to 127.0.0.1, to a service on the reader's own
// machine or network (a router's admin page, a local development server,
// a cloud metadata endpoint). A fetch the user starts at a private or
// loopback address (their own intranet page) may go anywhere.

// errPrivateHop is what a refused hop gives.
var errPrivateHop = errors.New("refused: a public page may not send lede to a private or loopback address")

// addrPolicy resolves and checks addresses; tests replace lookup and dial to
// play a public host on httptest's loopback server.
type addrPolicy struct {
	lookup func(ctx context.Context, host string) ([]netip.Addr, error)
	dial   func(ctx context.Context, network, addr string) (net.Conn, error)
}

func defaultAddrPolicy() addrPolicy {
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	return addrPolicy{
		lookup: func(ctx context.Context, host string) ([]netip.Addr, error) {
			if ip, err := netip.ParseAddr(host); err == nil {
				return []netip.Addr{ip}, nil
			}
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		},
		dial: d.DialContext,
	}
}

// publicOnlyKey marks a fetch's context: every address it connects to must
// be public.
type publicOnlyKey struct{}

// proxyHostKey holds the host of the proxy a fetch goes through, if any: the
// user chose it, so it may be private (the page's own hops are then checked
// by checkHop, by name, since the proxy dials them).
type proxyHostKey struct{}

// isPublic reports an address on the internet at large: not loopback,
// private (RFC 1918, fc00::/7), link-local, carrier-grade NAT, unspecified or
// multicast.
func isPublic(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsGlobalUnicast() && !ip.IsPrivate() && !cgnat.Contains(ip)
}

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// startsPublic reports whether a fetch of host starts on the public
// internet: all of its addresses are public. A host that does not resolve
// counts as public; the dial will say it cannot be found.
func (p addrPolicy) startsPublic(ctx context.Context, host string) bool {
	ips, err := p.lookup(ctx, host)
	if err != nil {
		return true
	}
	for _, ip := range ips {
		if !isPublic(ip) {
			return false
		}
	}
	return true
}

// checkHop refuses a redirect to a host with a non-public address when the
// fetch started on a public one.
func (p addrPolicy) checkHop(req *http.Request) error {
	if req.Context().Value(publicOnlyKey{}) == nil {
		return nil
	}
	ips, err := p.lookup(req.Context(), req.URL.Hostname())
	if err != nil {
		return nil // the dial reports it
	}
	for _, ip := range ips {
		if !isPublic(ip) {
			return fmt.Errorf("%w (%s)", errPrivateHop, sanitize.Line(req.URL.Hostname()))
		}
	}
	return nil
}

// dialContext connects to addr, and, for a public-only fetch, only to a
// public address: the check is on the address dialled, so a name that
// resolves to 127.0.0.1 the second time it is asked (DNS rebinding) is
// refused too.
func (p addrPolicy) dialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	ips, err := p.lookup(ctx, host)
	if err != nil {
		return nil, err
	}
	var lastErr error = &net.DNSError{Err: "no address", Name: host, IsNotFound: true}
	for _, ip := range ips {
		if ctx.Value(publicOnlyKey{}) != nil && host != ctx.Value(proxyHostKey{}) && !isPublic(ip) {
			lastErr = fmt.Errorf("%w (%s)", errPrivateHop, sanitize.Line(host))
			continue
		}
		conn, err := p.dial(ctx, network, net.JoinHostPort(ip.String(), port))
		if err == nil {
			return conn, nil
		}
		lastErr = err
	}
	return nil, lastErr
}
