package main

// The kubelet's streaming and log endpoints, served with the kubelet's own
// code: ServeExec/ServeAttach (SPDY v1-v4 and WebSocket channel protocols),
// ServePortForward and the CRI log reader. The real kubelet redirects or
// proxies these to the CRI streaming server; here the handlers call the
// streaming package directly with our Executor/Attacher/PortForwarder.

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/pprof"
	"strings"
	"sync/atomic"
	"time"

	v1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/types"
	remotecommandconsts "k8s.io/apimachinery/pkg/util/remotecommand"
	"k8s.io/apiserver/pkg/util/flushwriter"
	"k8s.io/apiserver/pkg/util/wsstream"
	"k8s.io/client-go/tools/remotecommand"
	internalapi "k8s.io/cri-api/pkg/apis"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1alpha2"
	"k8s.io/klog/v2"
	"k8s.io/kubernetes/pkg/api/legacyscheme"
	_ "k8s.io/kubernetes/pkg/apis/core/install" // v1 PodLogOptions query decoding
	"k8s.io/kubernetes/pkg/kubelet/cri/streaming/portforward"
	remotecommandserver "k8s.io/kubernetes/pkg/kubelet/cri/streaming/remotecommand"
	"k8s.io/kubernetes/pkg/kubelet/kuberuntime/logs"
	utilexec "k8s.io/utils/exec"
)

// The kubelet's defaults (streamingConnectionIdleTimeout, and the CRI
// streaming server's stream creation timeout).
const (
	streamIdleTimeout     = 4 * time.Hour
	streamCreationTimeout = remotecommandconsts.DefaultStreamCreationTimeout
)

type server struct {
	m          *manager
	registered int32 // atomic: 1 once the Node has been registered
}

func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if atomic.LoadInt32(&s.registered) == 0 { // start.sh waits for this
			http.Error(w, "node not registered yet", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("/pods", s.pods)
	mux.HandleFunc("/exec/", s.exec)
	mux.HandleFunc("/attach/", s.attach)
	mux.HandleFunc("/portForward/", s.portForward)
	mux.HandleFunc("/containerLogs/", s.containerLogs)
	mux.HandleFunc("/debug/pprof/", pprof.Index) // as the kubelet's debugging handlers
	return logRequests(mux)
}

func logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		klog.V(2).Infof("%s %s (%s)", r.Method, r.URL, r.Header.Get("Upgrade"))
		h.ServeHTTP(w, r)
	})
}

// WebSocket subprotocols that the 1.20 streaming code accepts ("" is a
// request without Sec-WebSocket-Protocol).
var (
	execWebSocketProtocols        = []string{"", "channel.k8s.io", "base64.channel.k8s.io", "v4.channel.k8s.io", "v4.base64.channel.k8s.io"}
	portForwardWebSocketProtocols = []string{"", "v4.channel.k8s.io", "v4.base64.channel.k8s.io"}
)

// rejectWebSocket answers a WebSocket request for none of the allowed
// subprotocols, as the kubelet does (403 from the handshake), and says whether
// it did. The check has to come first: on that handshake failure the 1.20
// wsstream.Conn.Open never returns (it waits for a handler that never runs),
// which would leak a goroutine for every kubectl >= 1.29 exec, attach and
// port-forward: those try v5.channel.k8s.io over WebSocket first, the 1.20
// apiserver proxies the upgrade here, and only then they fall back to SPDY.
func rejectWebSocket(w http.ResponseWriter, r *http.Request, allowed []string) bool {
	if !wsstream.IsWebSocketRequest(r) {
		return false
	}
	var requested []string
	for _, h := range r.Header.Values("Sec-WebSocket-Protocol") {
		for _, p := range strings.Split(h, ",") {
			requested = append(requested, strings.TrimSpace(p))
		}
	}
	if len(requested) == 0 {
		requested = []string{""}
	}
	for _, p := range requested {
		for _, a := range allowed {
			if p == a {
				return false
			}
		}
	}
	klog.V(2).Infof("WebSocket subprotocols %q not supported (supported: %q)", requested, allowed)
	http.Error(w, fmt.Sprintf("requested protocol(s) are not supported: %v; supports %v", requested, allowed), http.StatusForbidden)
	return true
}

// pathParams splits /prefix/a/b/c into [a b c].
func pathParams(r *http.Request, prefix string) []string {
	return strings.Split(strings.Trim(strings.TrimPrefix(r.URL.Path, prefix), "/"), "/")
}

// execParams parses /exec|attach/{namespace}/{pod}[/{uid}]/{container}.
func execParams(r *http.Request, prefix string) (ns, pod string, uid types.UID, container string, ok bool) {
	p := pathParams(r, prefix)
	switch len(p) {
	case 3:
		return p[0], p[1], "", p[2], true
	case 4:
		return p[0], p[1], types.UID(p[2]), p[3], true
	}
	return "", "", "", "", false
}

func writeErr(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	if apierrors.IsNotFound(err) || strings.Contains(err.Error(), "not found") {
		code = http.StatusNotFound
	}
	http.Error(w, err.Error(), code)
}

func (s *server) exec(w http.ResponseWriter, r *http.Request) {
	ns, name, uid, cname, ok := execParams(r, "/exec/")
	if !ok {
		http.NotFound(w, r)
		return
	}
	if rejectWebSocket(w, r, execWebSocketProtocols) {
		return
	}
	opts, err := remotecommandserver.NewOptions(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ps, _, err := s.m.lookup(ns, name, uid, cname)
	if err != nil {
		writeErr(w, err)
		return
	}
	remotecommandserver.ServeExec(w, r, s, ps.key, ps.uid, cname, r.URL.Query()[v1.ExecCommandParam], opts,
		streamIdleTimeout, streamCreationTimeout, remotecommandconsts.SupportedStreamingProtocols)
}

func (s *server) attach(w http.ResponseWriter, r *http.Request) {
	ns, name, uid, cname, ok := execParams(r, "/attach/")
	if !ok {
		http.NotFound(w, r)
		return
	}
	if rejectWebSocket(w, r, execWebSocketProtocols) {
		return
	}
	opts, err := remotecommandserver.NewOptions(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ps, _, err := s.m.lookup(ns, name, uid, cname)
	if err != nil {
		writeErr(w, err)
		return
	}
	gw := newGoneWatcher(w)
	remotecommandserver.ServeAttach(gw, r, attacher{s, gw.gone}, ps.key, ps.uid, cname, opts,
		streamIdleTimeout, streamCreationTimeout, remotecommandconsts.SupportedStreamingProtocols)
}

// portForward serves /portForward/{namespace}/{pod}[/{uid}].
func (s *server) portForward(w http.ResponseWriter, r *http.Request) {
	p := pathParams(r, "/portForward/")
	if len(p) != 2 && len(p) != 3 {
		http.NotFound(w, r)
		return
	}
	if rejectWebSocket(w, r, portForwardWebSocketProtocols) {
		return
	}
	var uid types.UID
	if len(p) == 3 {
		uid = types.UID(p[2])
	}
	opts, err := portforward.NewV4Options(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ps, _, err := s.m.lookup(p[0], p[1], uid, "")
	if err != nil {
		writeErr(w, err)
		return
	}
	portforward.ServePortForward(w, r, s, ps.key, ps.uid, opts,
		streamIdleTimeout, streamCreationTimeout, portforward.SupportedProtocols)
}

// ExecInContainer implements remotecommandserver.Executor.
func (s *server) ExecInContainer(name string, uid types.UID, cname string, cmd []string, in io.Reader, out, errw io.WriteCloser, tty bool, resize <-chan remotecommand.TerminalSize, timeout time.Duration) error {
	ns, podName := splitKey(name)
	ps, c, err := s.m.lookup(ns, podName, uid, cname)
	if err != nil {
		return err
	}
	s.m.mu.Lock()
	p, pod := c.proc, ps.pod
	s.m.mu.Unlock()
	if p == nil || !p.running() {
		return fmt.Errorf("container %q in pod %q is not running", cname, podName)
	}
	spec, err := s.m.procSpec(pod, c)
	if err != nil {
		return err
	}
	spec.argv, spec.tty = cmd, tty
	if tty && !c.spec.TTY {
		spec.env = append(spec.env, "TERM=xterm") // as containerd does for a tty exec
	}
	klog.Infof("exec in pod %s container %s: %q (tty %v)", name, cname, cmd, tty)
	code, err := runExec(spec, in, writer(out), writer(errw), resize)
	if err != nil {
		return err
	}
	if code != 0 {
		// ServeExec turns this into the NonZeroExitCode status that makes
		// kubectl print "command terminated with exit code N".
		return utilexec.CodeExitError{Err: fmt.Errorf("command terminated with exit code %d", code), Code: code}
	}
	return nil
}

// writer avoids handing a typed nil to os/exec (which would write to it).
func writer(w io.WriteCloser) io.Writer {
	if w == nil {
		return nil
	}
	return w
}

// attacher is the Attacher of one attach request: gone is closed when its
// client has gone away.
type attacher struct {
	s    *server
	gone <-chan struct{}
}

// AttachContainer implements remotecommandserver.Attacher.
func (a attacher) AttachContainer(name string, uid types.UID, cname string, in io.Reader, out, errw io.WriteCloser, tty bool, resize <-chan remotecommand.TerminalSize) error {
	s := a.s
	ns, podName := splitKey(name)
	_, c, err := s.m.lookup(ns, podName, uid, cname)
	if err != nil {
		return err
	}
	s.m.mu.Lock()
	p := c.proc
	s.m.mu.Unlock()
	if p == nil {
		return fmt.Errorf("container %q in pod %q is not running", cname, podName)
	}
	klog.Infof("attach to pod %s container %s (stdin %v, tty %v)", name, cname, in != nil, tty)
	return p.attach(in, writer(out), writer(errw), resize, c.spec.StdinOnce, a.gone)
}

// PortForward implements portforward.PortForwarder: pods share the host
// network, so the pod's port is the host's loopback port.
func (s *server) PortForward(name string, uid types.UID, port int32, stream io.ReadWriteCloser) error {
	conn, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return fmt.Errorf("failed to connect to localhost:%d inside namespace %q: %v", port, name, err)
	}
	defer conn.Close()
	done := make(chan struct{})
	go func() {
		io.Copy(conn, stream)
		// The client finished sending: pass the half-close on, keep reading.
		conn.(*net.TCPConn).CloseWrite()
		close(done)
	}()
	_, err = io.Copy(stream, conn)
	return err
}

func splitKey(key string) (string, string) {
	i := strings.IndexByte(key, '/')
	return key[:i], key[i+1:]
}

// containerLogs serves /containerLogs/{namespace}/{pod}/{container} like the
// kubelet: the same query parameters, decoded the same way, and the same
// reader of CRI log files.
func (s *server) containerLogs(w http.ResponseWriter, r *http.Request) {
	p := pathParams(r, "/containerLogs/")
	if len(p) != 3 {
		http.NotFound(w, r)
		return
	}
	query := r.URL.Query()
	if tail := query.Get("tail"); tail != "" { // the kubelet's legacy parameter
		query["tailLines"] = []string{tail}
		if tail == "all" {
			delete(query, "tailLines")
		}
	}
	opts := &v1.PodLogOptions{}
	if err := legacyscheme.ParameterCodec.DecodeParameters(query, v1.SchemeGroupVersion, opts); err != nil {
		http.Error(w, `{"message": "Unable to decode query."}`, http.StatusBadRequest)
		return
	}
	ps, c, err := s.m.lookup(p[0], p[1], "", p[2])
	if err != nil {
		writeErr(w, err)
		return
	}
	s.m.mu.Lock()
	// As the kubelet: the current (or, in back-off, the last) attempt, or
	// with previous=true the one in lastState.
	attempt, hasProc := c.attempt, c.proc != nil
	if opts.Previous {
		attempt, hasProc = c.lastAttempt, c.lastState.Terminated != nil
	}
	s.m.mu.Unlock()
	if !hasProc || attempt < 0 {
		if opts.Previous {
			http.Error(w, fmt.Sprintf("previous terminated container %q in pod %q not found", p[2], p[1]), http.StatusBadRequest)
		} else {
			http.Error(w, fmt.Sprintf("container %q in pod %q is waiting to start: ContainerCreating", p[2], p[1]), http.StatusBadRequest)
		}
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Header().Set("Transfer-Encoding", "chunked")
	fw := flushwriter.Wrap(w)
	id := fmt.Sprintf("%s/%s/%d", ps.uid, p[2], attempt)
	err = logs.ReadLogs(r.Context(), ps.logPath(p[2], attempt), id, logs.NewLogOptions(opts, time.Now()),
		runtimeStatus{m: s.m, ps: ps, c: c, attempt: attempt}, fw, fw)
	if err != nil && r.Context().Err() == nil {
		klog.Errorf("logs of %s/%s: %v", ps.key, p[2], err)
		fmt.Fprintf(fw, "%v\n", err)
	}
}

// runtimeStatus is the part of the CRI runtime service that the log reader
// uses: ContainerStatus, to stop following once the container has exited.
// Calling any other method panics on the nil embedded interface.
type runtimeStatus struct {
	internalapi.RuntimeService
	m       *manager
	ps      *podState
	c       *container
	attempt int32
}

func (r runtimeStatus) ContainerStatus(string) (*runtimeapi.ContainerStatus, error) {
	r.m.mu.Lock()
	defer r.m.mu.Unlock()
	state := runtimeapi.ContainerState_CONTAINER_EXITED
	if r.c.attempt == r.attempt && r.c.proc != nil && r.c.proc.running() {
		state = runtimeapi.ContainerState_CONTAINER_RUNNING
	}
	return &runtimeapi.ContainerStatus{State: state}, nil
}

// pods serves /pods: the pods bound to this node, as the kubelet does.
func (s *server) pods(w http.ResponseWriter, r *http.Request) {
	list := v1.PodList{}
	list.Kind, list.APIVersion = "PodList", "v1"
	s.m.mu.Lock()
	for _, ps := range s.m.pods {
		list.Items = append(list.Items, *ps.pod)
	}
	s.m.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(list)
}
