// Command kubelet-standin is a stand-in for a kubelet for kctl's test
// cluster: it registers a Node, "runs" the containers of the pods bound to it
// as local processes, and serves the kubelet endpoints the apiserver proxies
// kubectl exec/attach/port-forward/logs to. It is built inside the kubernetes
// 1.20 source tree to use the kubelet's own streaming and log code.
// See tests/cluster/README.md.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"fmt"
	"io/ioutil"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"time"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/informers"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/cache"
	"k8s.io/client-go/tools/clientcmd"
	"k8s.io/klog/v2"
)

func main() {
	kubeconfig := flag.String("kubeconfig", "", "kubeconfig to reach the apiserver (needs rights on nodes and pods)")
	nodeName := flag.String("node-name", "kctl-test-node", "name of the Node to register")
	address := flag.String("address", "127.0.0.1", "address to serve the kubelet API on")
	port := flag.Int("port", 10250, "HTTPS port of the kubelet API (reported in the Node's daemonEndpoints)")
	certFile := flag.String("tls-cert-file", "", "serving certificate")
	keyFile := flag.String("tls-private-key-file", "", "serving key")
	clientCA := flag.String("client-ca-file", "", "CA that must have signed clients' certificates (the apiserver's kubelet client)")
	rootDir := flag.String("root-dir", "", "state directory: containers' working directories and logs")
	heartbeatPeriod := flag.Duration("node-status-update-frequency", 10*time.Second, "how often the Node's status is refreshed")
	backoff := flag.Duration("restart-backoff", time.Second, "delay before the first restart of an exited container; doubles for each restart")
	maxBackoff := flag.Duration("max-restart-backoff", 30*time.Second, "upper bound of the restart delay")
	klog.InitFlags(nil)
	flag.Parse()
	if *kubeconfig == "" || *certFile == "" || *keyFile == "" || *clientCA == "" || *rootDir == "" {
		fmt.Fprintln(os.Stderr, "--kubeconfig, --tls-cert-file, --tls-private-key-file, --client-ca-file and --root-dir are required")
		os.Exit(2)
	}
	if err := run(*kubeconfig, *nodeName, *address, *port, *certFile, *keyFile, *clientCA, *rootDir, *heartbeatPeriod, *backoff, *maxBackoff); err != nil {
		klog.Errorf("%v", err)
		os.Exit(1)
	}
}

func run(kubeconfig, nodeName, address string, port int, certFile, keyFile, clientCA, rootDir string, heartbeatPeriod, backoff, maxBackoff time.Duration) error {
	rootDir, err := filepath.Abs(rootDir)
	if err != nil {
		return err
	}
	// Processes of a previous run are gone: so are their directories and logs.
	os.RemoveAll(filepath.Join(rootDir, "pods"))
	os.RemoveAll(filepath.Join(rootDir, "logs"))
	if err := os.MkdirAll(rootDir, 0o755); err != nil {
		return err
	}

	cfg, err := clientcmd.BuildConfigFromFlags("", kubeconfig)
	if err != nil {
		return err
	}
	cfg.UserAgent = "kctl-kubelet-standin/" + nodeName
	// A kubelet's own limits since 1.27 (kubeAPIQPS 50, kubeAPIBurst 100):
	// client-go's default of 5 a second delays pod status by seconds once a
	// few pods start and stop together, and attaching clients wait for it.
	cfg.QPS, cfg.Burst = 50, 100
	client, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return err
	}
	m := newManager(client, nodeName, rootDir, backoff, maxBackoff)

	// --- the kubelet API: TLS, client certificates required --------------------
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return err
	}
	caPEM, err := ioutil.ReadFile(clientCA)
	if err != nil {
		return err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return fmt.Errorf("no certificate in %s", clientCA)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(address, fmt.Sprint(port)))
	if err != nil {
		return err
	}
	api := &server{m: m}
	srv := &http.Server{
		Handler:           api.handler(),
		ReadHeaderTimeout: 30 * time.Second,
		TLSConfig: &tls.Config{
			Certificates: []tls.Certificate{cert},
			ClientAuth:   tls.RequireAndVerifyClientCert,
			ClientCAs:    pool,
			MinVersion:   tls.VersionTLS12,
		},
		// HTTP/1.1 only: SPDY and WebSocket upgrades do not exist in HTTP/2.
		TLSNextProto: map[string]func(*http.Server, *tls.Conn, http.Handler){},
	}
	go func() {
		if err := srv.ServeTLS(ln, "", ""); err != nil {
			klog.Fatalf("kubelet API server: %v", err)
		}
	}()
	klog.Infof("serving the kubelet API on https://%s", ln.Addr())

	// --- the Node -----------------------------------------------------------------
	since := metav1.Now()
	if err := registerNode(client, nodeName, int32(port), since); err != nil {
		return fmt.Errorf("registering node %s: %v", nodeName, err)
	}
	go heartbeat(client, nodeName, int32(port), since, heartbeatPeriod)
	atomic.StoreInt32(&api.registered, 1)

	// --- the pods bound to the node ---------------------------------------------------
	factory := informers.NewSharedInformerFactoryWithOptions(client, 0,
		informers.WithTweakListOptions(func(o *metav1.ListOptions) { o.FieldSelector = "spec.nodeName=" + nodeName }))
	informer := factory.Core().V1().Pods().Informer()
	informer.AddEventHandler(cache.ResourceEventHandlerFuncs{
		AddFunc:    func(obj interface{}) { m.syncPod(obj.(*v1.Pod)) },
		UpdateFunc: func(_, obj interface{}) { m.syncPod(obj.(*v1.Pod)) },
		DeleteFunc: func(obj interface{}) {
			if t, ok := obj.(cache.DeletedFinalStateUnknown); ok {
				obj = t.Obj
			}
			if pod, ok := obj.(*v1.Pod); ok {
				m.removePod(pod.UID)
			}
		},
	})
	stop := make(chan struct{})
	factory.Start(stop)

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	s := <-sig
	klog.Infof("%v: killing the containers and exiting", s)
	close(stop)
	m.killAll()
	return nil
}
