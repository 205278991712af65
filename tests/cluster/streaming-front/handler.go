package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	upgradeproxy "k8s.io/apimachinery/pkg/util/proxy"
	translator "k8s.io/apiserver/pkg/util/proxy"
	"k8s.io/klog/v2"
	"k8s.io/streaming/pkg/httpstream/wsstream"
)

type front struct {
	base  *url.URL
	plain http.RoundTripper
	own   http.RoundTripper
}

var podSubresource = regexp.MustCompile(`^/api/v1/namespaces/[^/]+/pods/[^/]+/(exec|attach|portforward)$`)

func (f *front) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	id, err := f.callerIdentity(req)
	if err != nil {
		writeStatus(w, http.StatusForbidden, metav1.StatusReasonForbidden, err.Error())
		return
	}
	// Impersonation headers replace whatever the caller sent.
	for k, v := range id.headers {
		req.Header[k] = v
	}
	loc := *f.base
	loc.Path, loc.RawPath = req.URL.Path, req.URL.RawPath
	loc.RawQuery = req.URL.RawQuery
	// As newThrottledUpgradeAwareProxyHandler in subresources.go (no
	// upgradeRequired here: the apiserver behind checks that itself).
	proxy := upgradeproxy.NewUpgradeAwareHandler(&loc, id.transport, false, false, errorResponder{})
	proxy.UseLocationHost = true

	var h http.Handler = proxy
	kind := "proxy"
	if m := podSubresource.FindStringSubmatch(req.URL.Path); m != nil {
		switch m[1] {
		case "exec", "attach":
			if wsstream.IsWebSocketRequestWithStreamCloseProtocol(req) {
				kind = "translate " + m[1]
			}
			h = translator.NewTranslatingHandler(proxy, &streamTranslator{front: f, id: id, location: &loc},
				wsstream.IsWebSocketRequestWithStreamCloseProtocol)
		case "portforward":
			if wsstream.IsWebSocketRequestWithTunnelingProtocol(req) {
				kind = "tunnel portforward"
			}
			h = translator.NewTranslatingHandler(proxy, translator.NewTunnelingHandler(proxy),
				wsstream.IsWebSocketRequestWithTunnelingProtocol)
		}
	}
	klog.V(2).Infof("%s %s %s (upgrade %q, protocols %q): %s", req.Method, req.URL.RequestURI(), req.Proto,
		req.Header.Get("Upgrade"), req.Header.Values("Sec-Websocket-Protocol"), kind)
	h.ServeHTTP(w, req)
}

// streamTranslator is what ExecREST/AttachREST.Connect build for a v5
// WebSocket request, with the preflight described in main.go first.
type streamTranslator struct {
	front    *front
	id       identity
	location *url.URL
}

func (s *streamTranslator) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if !s.preflight(w, req) {
		return
	}
	opts, err := streamOptions(req.URL.Query())
	if err != nil {
		writeStatus(w, http.StatusBadRequest, metav1.StatusReasonBadRequest, err.Error())
		return
	}
	// The SPDY leg: the front's own identity, as the apiserver's towards the kubelet.
	translator.NewStreamTranslatorHandler(s.location, s.front.own, 0, opts).ServeHTTP(w, req)
}

// preflight sends the caller's request without the upgrade, with the
// caller's identity. The apiserver answers "Upgrade request required" (400)
// once authentication, authorization and the pod's checks passed; any other
// answer is passed to the caller and ends the request.
func (s *streamTranslator) preflight(w http.ResponseWriter, req *http.Request) bool {
	pre, err := http.NewRequestWithContext(req.Context(), req.Method, s.location.String(), nil)
	if err != nil {
		writeStatus(w, http.StatusInternalServerError, metav1.StatusReasonInternalError, err.Error())
		return false
	}
	for k, v := range req.Header {
		switch http.CanonicalHeaderKey(k) {
		case "Connection", "Upgrade", "Sec-Websocket-Key", "Sec-Websocket-Version",
			"Sec-Websocket-Protocol", "Sec-Websocket-Extensions":
			continue
		}
		pre.Header[k] = v
	}
	resp, err := s.id.transport.RoundTrip(pre)
	if err != nil {
		errorResponder{}.Error(w, req, err)
		return false
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		errorResponder{}.Error(w, req, err)
		return false
	}
	if resp.StatusCode == http.StatusBadRequest {
		var st metav1.Status
		if json.Unmarshal(body, &st) == nil && st.Message == "Upgrade request required" {
			return true
		}
	}
	klog.V(2).Infof("%s %s: preflight answered %d, passed to the caller", req.Method, req.URL.RequestURI(), resp.StatusCode)
	for k, v := range resp.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(resp.StatusCode)
	w.Write(body) //nolint:errcheck
	return false
}

// streamOptions reads the stream flags of PodExecOptions/PodAttachOptions
// from the query as the apiserver does (its url.Values conversions are
// generated in k8s.io/kubernetes, not shipped in k8s.io/api; they parse each
// bool with runtime.Convert_Slice_string_To_bool): absent is false, "0" and
// "false" are false, anything else true.
func streamOptions(query url.Values) (translator.Options, error) {
	flag := func(name string) (bool, error) {
		var b bool
		vals, ok := query[name]
		if !ok {
			return false, nil
		}
		err := runtime.Convert_Slice_string_To_bool(&vals, &b, nil)
		return b, err
	}
	var o translator.Options
	var err error
	for _, f := range []struct {
		name string
		dst  *bool
	}{{"stdin", &o.Stdin}, {"stdout", &o.Stdout}, {"stderr", &o.Stderr}, {"tty", &o.Tty}} {
		if *f.dst, err = flag(f.name); err != nil {
			return o, fmt.Errorf("%s: %v", f.name, err)
		}
	}
	return o, nil
}

// errorResponder answers a failure to reach the apiserver, as the apiserver
// answers one to reach a kubelet: 503 with a Status.
type errorResponder struct{}

func (errorResponder) Error(w http.ResponseWriter, req *http.Request, err error) {
	klog.Errorf("%s %s: %v", req.Method, req.URL.RequestURI(), err)
	writeStatus(w, http.StatusServiceUnavailable, metav1.StatusReasonServiceUnavailable,
		"streaming front: error trying to reach the apiserver: "+err.Error())
}

func writeStatus(w http.ResponseWriter, code int, reason metav1.StatusReason, msg string) {
	st := metav1.Status{
		TypeMeta: metav1.TypeMeta{Kind: "Status", APIVersion: "v1"},
		Status:   metav1.StatusFailure, Message: msg, Reason: reason, Code: int32(code),
	}
	var b bytes.Buffer
	json.NewEncoder(&b).Encode(&st) //nolint:errcheck
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	w.Write(b.Bytes()) //nolint:errcheck
}
