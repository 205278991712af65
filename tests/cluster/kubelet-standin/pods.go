package main

// The pod manager: runs the containers of the pods bound to this node as
// local processes and reports their status, in the spirit of the kubelet's
// pod workers and status manager, without images, namespaces or cgroups.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	v1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/util/retry"
	"k8s.io/klog/v2"
	"k8s.io/kubernetes/third_party/forked/golang/expansion"
)

type manager struct {
	client   kubernetes.Interface
	nodeName string
	rootDir  string
	backoff  time.Duration // first restart delay; doubles up to maxBackoff
	maxBack  time.Duration

	mu     sync.Mutex
	pods   map[types.UID]*podState
	byName map[string]*podState // "namespace/name" -> the newest pod of that name
}

type podState struct {
	uid  types.UID
	key  string // namespace/name
	dir  string
	logs string // log directory, as /var/log/pods/<ns>_<name>_<uid>

	// All below under manager.mu.
	pod        *v1.Pod // latest object seen
	containers map[string]*container
	startTime  metav1.Time
	condTimes  map[v1.PodConditionType]condTime
	deleting   bool // deletionTimestamp seen: processes are being stopped
	removed    bool // the object is gone
	dirty      chan struct{}
}

type condTime struct {
	status v1.ConditionStatus
	time   metav1.Time
}

type container struct {
	spec      v1.Container
	ephemeral bool
	dir       string

	// Under manager.mu.
	restartCount int32
	proc         *process // current (or last) attempt
	attempt      int32    // restartCount of proc
	state        v1.ContainerState
	lastState    v1.ContainerState
	lastAttempt  int32 // restartCount of the attempt in lastState
}

func newManager(client kubernetes.Interface, nodeName, rootDir string, backoff, maxBackoff time.Duration) *manager {
	return &manager{client: client, nodeName: nodeName, rootDir: rootDir, backoff: backoff, maxBack: maxBackoff,
		pods: map[types.UID]*podState{}, byName: map[string]*podState{}}
}

// containerID is what pod status reports for an attempt: the first one is
// kctl://<pod-uid>/<name>, restarts get /<restartCount> appended.
func containerID(uid types.UID, name string, attempt int32) string {
	if attempt == 0 {
		return fmt.Sprintf("kctl://%s/%s", uid, name)
	}
	return fmt.Sprintf("kctl://%s/%s/%d", uid, name, attempt)
}

func (ps *podState) logPath(name string, attempt int32) string {
	return filepath.Join(ps.logs, name, fmt.Sprintf("%d.log", attempt))
}

// syncPod is called for every add/update of a pod bound to this node.
func (m *manager) syncPod(pod *v1.Pod) {
	m.mu.Lock()
	defer m.mu.Unlock()
	ps := m.pods[pod.UID]
	if ps == nil {
		if pod.Status.Phase == v1.PodSucceeded || pod.Status.Phase == v1.PodFailed {
			return // finished before we (re)started: nothing to run
		}
		ps = &podState{
			uid: pod.UID, key: pod.Namespace + "/" + pod.Name,
			dir:        filepath.Join(m.rootDir, "pods", string(pod.UID)),
			logs:       filepath.Join(m.rootDir, "logs", fmt.Sprintf("%s_%s_%s", pod.Namespace, pod.Name, pod.UID)),
			containers: map[string]*container{}, condTimes: map[v1.PodConditionType]condTime{},
			startTime: metav1.Now(), dirty: make(chan struct{}, 1),
		}
		m.pods[pod.UID] = ps
		m.byName[ps.key] = ps
		go m.statusWriter(ps)
		klog.Infof("pod %s (%s) bound to this node", ps.key, ps.uid)
	}
	ps.pod = pod
	if pod.DeletionTimestamp != nil {
		if !ps.deleting {
			ps.deleting = true
			go m.terminatePod(ps, pod)
		}
		return
	}
	for _, c := range pod.Spec.Containers {
		m.ensureContainer(ps, c, false)
	}
	for _, ec := range pod.Spec.EphemeralContainers {
		// EphemeralContainerCommon has exactly the fields of Container.
		m.ensureContainer(ps, v1.Container(ec.EphemeralContainerCommon), true)
	}
	m.markDirty(ps)
}

// ensureContainer starts a container seen for the first time. Called with m.mu held.
func (m *manager) ensureContainer(ps *podState, spec v1.Container, ephemeral bool) {
	if _, ok := ps.containers[spec.Name]; ok {
		return
	}
	c := &container{spec: spec, ephemeral: ephemeral, dir: filepath.Join(ps.dir, "containers", spec.Name)}
	c.state.Waiting = &v1.ContainerStateWaiting{Reason: "ContainerCreating"}
	ps.containers[spec.Name] = c
	go m.runContainer(ps, c)
}

// runContainer starts the container's process and restarts it as the pod's
// restartPolicy says (ephemeral containers are never restarted).
func (m *manager) runContainer(ps *podState, c *container) {
	for {
		m.mu.Lock()
		if ps.deleting || ps.removed {
			m.mu.Unlock()
			return
		}
		pod, attempt := ps.pod, c.restartCount
		m.mu.Unlock()

		spec, err := m.procSpec(pod, c)
		var p *process
		if err == nil {
			if err = os.MkdirAll(filepath.Dir(ps.logPath(c.spec.Name, attempt)), 0o755); err == nil {
				p, err = startProcess(spec, ps.logPath(c.spec.Name, attempt))
			}
		}
		id := containerID(ps.uid, c.spec.Name, attempt)
		m.mu.Lock()
		if err != nil {
			// As a runtime reports a failed start (e.g. executable not found).
			klog.Errorf("pod %s container %s: %v", ps.key, c.spec.Name, err)
			now := metav1.Now()
			c.proc = nil
			c.state = v1.ContainerState{Terminated: &v1.ContainerStateTerminated{
				ExitCode: 128, Reason: "StartError", Message: err.Error(),
				StartedAt: now, FinishedAt: now, ContainerID: id}}
		} else {
			klog.Infof("pod %s container %s: started %v (%s)", ps.key, c.spec.Name, spec.argv, p)
			c.proc, c.attempt = p, attempt
			c.state = v1.ContainerState{Running: &v1.ContainerStateRunning{StartedAt: metav1.NewTime(p.startedAt)}}
		}
		m.markDirty(ps)
		m.mu.Unlock()

		var code int
		if p != nil {
			<-p.exited
			code = p.exitCode
			klog.Infof("pod %s container %s: exited with %d", ps.key, c.spec.Name, code)
			reason := "Completed"
			if code != 0 {
				reason = "Error"
			}
			m.mu.Lock()
			c.state = v1.ContainerState{Terminated: &v1.ContainerStateTerminated{
				ExitCode: int32(code), Reason: reason, ContainerID: id,
				StartedAt: metav1.NewTime(p.startedAt), FinishedAt: metav1.NewTime(p.finishedAt)}}
			m.markDirty(ps)
			m.mu.Unlock()
		} else {
			code = 128
		}

		m.mu.Lock()
		policy := ps.pod.Spec.RestartPolicy
		restart := !c.ephemeral && !ps.deleting && !ps.removed &&
			(policy == v1.RestartPolicyAlways || policy == "" || (policy == v1.RestartPolicyOnFailure && code != 0))
		if !restart {
			m.markDirty(ps)
			m.mu.Unlock()
			return
		}
		// Like the kubelet's crash loop back-off, with a shorter default.
		delay := m.backoff << uint(minInt(int(c.restartCount), 16))
		if delay > m.maxBack || delay <= 0 {
			delay = m.maxBack
		}
		c.lastState, c.lastAttempt = c.state, attempt
		c.state = v1.ContainerState{Waiting: &v1.ContainerStateWaiting{Reason: "CrashLoopBackOff",
			Message: fmt.Sprintf("back-off %v restarting failed container=%s pod=%s_%s(%s)",
				delay, c.spec.Name, ps.pod.Name, ps.pod.Namespace, ps.uid)}}
		m.markDirty(ps)
		m.mu.Unlock()
		time.Sleep(delay)
		m.mu.Lock()
		c.restartCount++
		m.mu.Unlock()
	}
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// procSpec turns a container spec into a local process: the command (or
// `sleep infinity` for an image's entrypoint), $(VAR) expansion as the
// kubelet does, and a per-container working (and home) directory.
func (m *manager) procSpec(pod *v1.Pod, c *container) (procSpec, error) {
	env := m.containerEnv(pod, c)
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return procSpec{}, err
	}
	argv := append(append([]string{}, c.spec.Command...), c.spec.Args...)
	if len(c.spec.Command) == 0 {
		// No image, so no entrypoint: a process that just stays up. Args
		// alone would be arguments to the image's entrypoint, so they are
		// dropped.
		argv = []string{"sleep", "infinity"}
	}
	vars := map[string]string{}
	for _, e := range env {
		if i := indexByte(e, '='); i > 0 {
			vars[e[:i]] = e[i+1:]
		}
	}
	mapping := expansion.MappingFuncFor(vars)
	for i := range argv {
		argv[i] = expansion.Expand(argv[i], mapping)
	}
	return procSpec{argv: argv, env: env, dir: c.dir, stdin: c.spec.Stdin, tty: c.spec.TTY}, nil
}

// containerEnv is the environment of a container's processes: what an image
// would provide (PATH, HOME) and then the container's env, with plain values
// and the common downward API fields.
func (m *manager) containerEnv(pod *v1.Pod, c *container) []string {
	env := []string{
		"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"HOSTNAME=" + pod.Name,
		"HOME=" + c.dir,
	}
	if c.spec.TTY {
		env = append(env, "TERM=xterm")
	}
	vars := map[string]string{}
	mapping := expansion.MappingFuncFor(vars)
	for _, e := range c.spec.Env {
		value := e.Value
		if e.ValueFrom != nil {
			if e.ValueFrom.FieldRef == nil {
				klog.Warningf("pod %s/%s: env %s: only value and fieldRef are supported", pod.Namespace, pod.Name, e.Name)
				continue
			}
			switch e.ValueFrom.FieldRef.FieldPath {
			case "metadata.name":
				value = pod.Name
			case "metadata.namespace":
				value = pod.Namespace
			case "metadata.uid":
				value = string(pod.UID)
			case "spec.nodeName":
				value = m.nodeName
			case "spec.serviceAccountName":
				value = pod.Spec.ServiceAccountName
			case "status.podIP", "status.hostIP":
				value = "127.0.0.1"
			}
		} else {
			value = expansion.Expand(value, mapping)
		}
		vars[e.Name] = value
		env = append(env, e.Name+"="+value)
	}
	return env
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// terminatePod stops the pod's processes (SIGTERM, then SIGKILL after the
// grace period) and then deletes the pod object with grace period 0, as the
// kubelet's status manager does, so that `kubectl delete pod` returns.
func (m *manager) terminatePod(ps *podState, pod *v1.Pod) {
	grace := 30 * time.Second
	if pod.DeletionGracePeriodSeconds != nil {
		grace = time.Duration(*pod.DeletionGracePeriodSeconds) * time.Second
	}
	klog.Infof("pod %s: deleted, stopping its containers (grace period %v)", ps.key, grace)
	m.killContainers(ps, grace)
	m.mu.Lock()
	m.markDirty(ps)
	m.mu.Unlock()
	m.writeStatus(ps)
	err := m.client.CoreV1().Pods(pod.Namespace).Delete(context.TODO(), pod.Name,
		metav1.DeleteOptions{GracePeriodSeconds: new(int64), Preconditions: metav1.NewUIDPreconditions(string(ps.uid))})
	if err != nil && !apierrors.IsNotFound(err) && !apierrors.IsConflict(err) {
		klog.Errorf("pod %s: deleting: %v", ps.key, err)
	}
}

// killContainers signals every running container of the pod and waits until
// all have exited.
func (m *manager) killContainers(ps *podState, grace time.Duration) {
	m.mu.Lock()
	var procs []*process
	for _, c := range ps.containers {
		if c.proc != nil && c.proc.running() {
			procs = append(procs, c.proc)
		}
	}
	m.mu.Unlock()
	for _, p := range procs {
		p.signal(syscall.SIGTERM)
	}
	deadline := make(chan struct{}) // closed, so that every wait below sees it
	timer := time.AfterFunc(grace, func() { close(deadline) })
	defer timer.Stop()
	for _, p := range procs {
		select {
		case <-p.exited:
		case <-deadline:
		}
	}
	for _, p := range procs {
		if p.running() {
			p.signal(syscall.SIGKILL)
		}
		<-p.exited
	}
}

// removePod is called when the pod object is gone (it may have been deleted
// with grace period 0 without our help): kill what is left and clean up.
func (m *manager) removePod(uid types.UID) {
	m.mu.Lock()
	ps := m.pods[uid]
	if ps == nil {
		m.mu.Unlock()
		return
	}
	ps.removed, ps.deleting = true, true
	delete(m.pods, uid)
	if m.byName[ps.key] == ps {
		delete(m.byName, ps.key)
	}
	close(ps.dirty)
	m.mu.Unlock()
	klog.Infof("pod %s (%s) removed", ps.key, uid)
	go func() {
		m.killContainers(ps, 0)
		os.RemoveAll(ps.dir)
		os.RemoveAll(ps.logs)
	}()
}

// killAll kills every container, when the stand-in exits.
func (m *manager) killAll() {
	m.mu.Lock()
	var all []*podState
	for _, ps := range m.pods {
		ps.deleting = true
		all = append(all, ps)
	}
	m.mu.Unlock()
	for _, ps := range all {
		m.killContainers(ps, 0)
	}
}

// lookup finds a container of a pod by namespace/name, and optionally uid.
func (m *manager) lookup(namespace, name string, uid types.UID, containerName string) (*podState, *container, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	ps := m.byName[namespace+"/"+name]
	if ps == nil || (uid != "" && ps.uid != uid) {
		return nil, nil, apierrors.NewNotFound(v1.Resource("pods"), name)
	}
	if containerName == "" {
		return ps, nil, nil
	}
	c := ps.containers[containerName]
	if c == nil {
		return nil, nil, fmt.Errorf("container %q not found in pod %q", containerName, name)
	}
	return ps, c, nil
}

func (m *manager) markDirty(ps *podState) {
	if ps.removed {
		return
	}
	select {
	case ps.dirty <- struct{}{}:
	default:
	}
}

// statusWriter writes the pod's status whenever it changed, coalescing changes.
func (m *manager) statusWriter(ps *podState) {
	for range ps.dirty {
		m.writeStatus(ps)
	}
}

func (m *manager) writeStatus(ps *podState) {
	err := retry.RetryOnConflict(retry.DefaultBackoff, func() error {
		m.mu.Lock()
		ns, name := ps.pod.Namespace, ps.pod.Name
		m.mu.Unlock()
		pod, err := m.client.CoreV1().Pods(ns).Get(context.TODO(), name, metav1.GetOptions{})
		if err != nil {
			return err
		}
		if pod.UID != ps.uid {
			return apierrors.NewNotFound(v1.Resource("pods"), name)
		}
		m.mu.Lock()
		pod.Status = m.podStatus(ps, pod)
		m.mu.Unlock()
		_, err = m.client.CoreV1().Pods(ns).UpdateStatus(context.TODO(), pod, metav1.UpdateOptions{})
		return err
	})
	if err != nil && !apierrors.IsNotFound(err) {
		klog.Errorf("pod %s: updating status: %v", ps.key, err)
	}
}

// podStatus computes the status to report. Called with m.mu held.
func (m *manager) podStatus(ps *podState, pod *v1.Pod) v1.PodStatus {
	s := *pod.Status.DeepCopy() // keeps qosClass, set by the apiserver
	s.HostIP, s.PodIP = "127.0.0.1", "127.0.0.1"
	s.PodIPs = []v1.PodIP{{IP: "127.0.0.1"}}
	s.StartTime = &ps.startTime

	status := func(c *container) v1.ContainerStatus {
		cs := v1.ContainerStatus{
			Name: c.spec.Name, Image: c.spec.Image, ImageID: "kctl://image/" + c.spec.Image,
			State: c.state, LastTerminationState: c.lastState, RestartCount: c.restartCount,
		}
		switch {
		case c.state.Running != nil:
			cs.ContainerID = containerID(ps.uid, c.spec.Name, c.attempt)
		case c.state.Terminated != nil:
			cs.ContainerID = c.state.Terminated.ContainerID
		}
		started := c.state.Running != nil
		cs.Started = &started
		cs.Ready = started && !c.ephemeral
		return cs
	}
	running, finished, failed := 0, 0, 0
	s.ContainerStatuses = nil
	for _, spec := range pod.Spec.Containers {
		c := ps.containers[spec.Name]
		if c == nil {
			continue
		}
		cs := status(c)
		s.ContainerStatuses = append(s.ContainerStatuses, cs)
		if cs.State.Running != nil {
			running++
		}
		if t := cs.State.Terminated; t != nil {
			restarts := pod.Spec.RestartPolicy == v1.RestartPolicyAlways || pod.Spec.RestartPolicy == "" ||
				(pod.Spec.RestartPolicy == v1.RestartPolicyOnFailure && t.ExitCode != 0)
			if !restarts || ps.deleting {
				finished++
				if t.ExitCode != 0 {
					failed++
				}
			}
		}
	}
	s.EphemeralContainerStatuses = nil
	for _, ec := range pod.Spec.EphemeralContainers {
		if c := ps.containers[ec.Name]; c != nil {
			s.EphemeralContainerStatuses = append(s.EphemeralContainerStatuses, status(c))
		}
	}

	n := len(pod.Spec.Containers)
	switch {
	case n > 0 && finished == n && !ps.deleting && failed == 0:
		s.Phase = v1.PodSucceeded
	case n > 0 && finished == n && !ps.deleting:
		s.Phase = v1.PodFailed
	case running > 0 || finished > 0 || ps.deleting:
		s.Phase = v1.PodRunning
	default:
		s.Phase = v1.PodPending
	}
	ready := v1.ConditionFalse
	if n > 0 && running == n {
		ready = v1.ConditionTrue
	}
	cond := func(t v1.PodConditionType, st v1.ConditionStatus) v1.PodCondition {
		ct, ok := ps.condTimes[t]
		if !ok || ct.status != st {
			ct = condTime{status: st, time: metav1.Now()}
			ps.condTimes[t] = ct
		}
		c := v1.PodCondition{Type: t, Status: st, LastTransitionTime: ct.time}
		if st == v1.ConditionFalse {
			c.Reason = "ContainersNotReady"
			if t == v1.PodReady && ps.deleting {
				c.Reason = "PodCompleted"
			}
		}
		return c
	}
	s.Conditions = []v1.PodCondition{
		cond(v1.PodInitialized, v1.ConditionTrue),
		cond(v1.PodReady, ready),
		cond(v1.ContainersReady, ready),
		cond(v1.PodScheduled, v1.ConditionTrue),
	}
	return s
}
