// The streaming front: a TLS proxy placed before the test cluster's 1.20
// kube-apiserver that gives it what a 1.31+ apiserver does for streaming,
// with upstream's own handlers (k8s.io/apiserver/pkg/util/proxy), wired as
// pkg/registry/core/pod/rest/subresources.go wires them:
//
//   - pods/exec and pods/attach: a WebSocket request offering
//     v5.channel.k8s.io goes to NewStreamTranslatorHandler, which ends the
//     WebSocket and runs the command over SPDY towards the apiserver (which
//     passes it on to the kubelet stand-in), as the 1.31 apiserver does
//     towards the kubelet (TranslateStreamCloseWebsocketRequests);
//   - pods/portforward: a WebSocket request offering SPDY/3.1+portforward.k8s.io
//     goes to NewTunnelingHandler around an UpgradeAwareHandler towards the
//     apiserver's portforward URL (PortForwardWebsockets);
//   - everything else (plain requests, SPDY and other WebSocket upgrades) is
//     proxied to the apiserver unchanged by an UpgradeAwareHandler.
//
// Identity (README.md): the front cannot check tokens, so the apiserver does.
// A bearer token (or no credentials) is passed on as it came, over a
// connection without a client certificate. A caller with a client
// certificate (verified against the test CA) is passed on by impersonation:
// the front connects with its own system:masters certificate and sets
// Impersonate-User/Impersonate-Group to the certificate's CN/O.
// The SPDY leg of the stream translator cannot carry extra headers (its
// request is written by client-go's SPDY executor), so, as the apiserver
// does towards the kubelet, it uses the front's own identity; before it, a
// preflight of the same GET without the upgrade, with the caller's identity,
// gets the caller authenticated, authorized (verb get on pods/exec, as a 1.31
// apiserver does for the WebSocket GET) and the pod and container checked:
// any answer but "Upgrade request required" is the caller's answer, before
// any WebSocket handshake, as from a real apiserver.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"k8s.io/klog/v2"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:17443", "address to serve HTTPS on")
	apiserver := flag.String("apiserver", "https://127.0.0.1:16443", "URL of the kube-apiserver behind the front")
	caFile := flag.String("ca", "", "CA certificate: verifies the apiserver and the callers' client certificates")
	certFile := flag.String("tls-cert", "", "serving certificate")
	keyFile := flag.String("tls-key", "", "serving certificate's key")
	clientCert := flag.String("client-cert", "", "the front's client certificate towards the apiserver (system:masters, may impersonate)")
	clientKey := flag.String("client-key", "", "its key")
	klog.InitFlags(nil)
	flag.Parse()

	for name, v := range map[string]string{"ca": *caFile, "tls-cert": *certFile, "tls-key": *keyFile,
		"client-cert": *clientCert, "client-key": *clientKey} {
		if v == "" {
			fmt.Fprintf(os.Stderr, "streaming-front: --%s is required\n", name)
			os.Exit(2)
		}
	}
	base, err := url.Parse(*apiserver)
	if err != nil || base.Scheme != "https" || base.Host == "" {
		klog.Fatalf("bad --apiserver %q", *apiserver)
	}
	caPEM, err := os.ReadFile(*caFile)
	if err != nil {
		klog.Fatal(err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		klog.Fatalf("no certificate in %s", *caFile)
	}
	serving, err := tls.LoadX509KeyPair(*certFile, *keyFile)
	if err != nil {
		klog.Fatal(err)
	}
	own, err := tls.LoadX509KeyPair(*clientCert, *clientKey)
	if err != nil {
		klog.Fatal(err)
	}

	f := &front{
		base: base,
		// Callers with a token or none: no client certificate of ours, or the
		// apiserver would authenticate the front instead (x509 comes first).
		plain: upstreamTransport(&tls.Config{RootCAs: pool}),
		// Callers with a client certificate (impersonated), and the SPDY leg
		// of the stream translator.
		own: upstreamTransport(&tls.Config{RootCAs: pool, Certificates: []tls.Certificate{own}}),
	}
	srv := &http.Server{
		Addr:    *listen,
		Handler: f,
		TLSConfig: &tls.Config{
			Certificates: []tls.Certificate{serving},
			ClientCAs:    pool,
			// As the apiserver: a certificate is optional, but if given it must verify.
			ClientAuth: tls.VerifyClientCertIfGiven,
			MinVersion: tls.VersionTLS12,
		},
		ReadHeaderTimeout: 30 * time.Second,
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		klog.Fatal(err)
	}
	klog.Infof("streaming front serving on https://%s, in front of %s", ln.Addr(), base)
	klog.Fatal(srv.ServeTLS(ln, "", ""))
}

// upstreamTransport: HTTP/1.1 (upgrades are dialled by hand from its TLS
// config anyway), no proxy from the environment.
func upstreamTransport(cfg *tls.Config) *http.Transport {
	return &http.Transport{
		TLSClientConfig:     cfg,
		DialContext:         (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout: 10 * time.Second,
		MaxIdleConnsPerHost: 32,
		IdleConnTimeout:     90 * time.Second,
	}
}

// identity is how the caller's identity travels to the apiserver.
type identity struct {
	transport http.RoundTripper
	// headers to set (impersonation); nil for callers passed on as they came.
	headers http.Header
}

// callerIdentity decides it, or returns an error for the caller.
func (f *front) callerIdentity(req *http.Request) (identity, error) {
	if req.TLS == nil || len(req.TLS.VerifiedChains) == 0 {
		return identity{transport: f.plain}, nil
	}
	cert := req.TLS.VerifiedChains[0][0]
	for k := range req.Header {
		if strings.HasPrefix(http.CanonicalHeaderKey(k), "Impersonate-") {
			// Impersonation cannot be nested: a system:masters caller's own
			// impersonation is passed on with the front's (equal) rights.
			for _, g := range cert.Subject.Organization {
				if g == "system:masters" {
					return identity{transport: f.own}, nil
				}
			}
			return identity{}, fmt.Errorf("the streaming front cannot pass on impersonation by client-certificate user %q (not in system:masters); use a token", cert.Subject.CommonName)
		}
	}
	h := http.Header{}
	h.Set("Impersonate-User", cert.Subject.CommonName)
	for _, g := range cert.Subject.Organization {
		h.Add("Impersonate-Group", g)
	}
	return identity{transport: f.own, headers: h}, nil
}
