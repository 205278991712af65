package main

// The Node object: registered like a kubelet does, with the address and port
// that the apiserver uses to reach us (--kubelet-preferred-address-types=
// InternalIP), and kept Ready by a periodic status update and the renewal of
// its Lease in kube-node-lease, as a kubelet does. Both matter: the node
// lifecycle controller of the cluster's kube-controller-manager marks a node
// without fresh heartbeats Unknown, taints it unreachable and evicts its pods;
// and it is the one that removes the node.kubernetes.io/not-ready:NoSchedule
// taint (added at creation by the TaintNodesByCondition admission plugin) once
// it sees the Ready condition, so that the scheduler uses the node. The status
// carries capacity and allocatable: without them nothing fits on the node.

import (
	"context"
	"os"
	"runtime"
	"time"

	"golang.org/x/sys/unix"
	coordinationv1 "k8s.io/api/coordination/v1"
	v1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/util/retry"
	"k8s.io/klog/v2"
)

const kubeletVersion = "v1.20.2"

func nodeObject(name string, port int32, since metav1.Time) *v1.Node {
	mem := int64(8 << 30)
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) == nil {
		mem = int64(si.Totalram) * int64(si.Unit)
	}
	capacity := v1.ResourceList{
		v1.ResourceCPU:              *resource.NewQuantity(int64(runtime.NumCPU()), resource.DecimalSI),
		v1.ResourceMemory:           *resource.NewQuantity(mem, resource.BinarySI),
		v1.ResourcePods:             resource.MustParse("110"),
		v1.ResourceEphemeralStorage: resource.MustParse("100Gi"),
	}
	var uts unix.Utsname
	unix.Uname(&uts)
	hostname, _ := os.Hostname()
	now := metav1.Now()
	cond := func(t v1.NodeConditionType, s v1.ConditionStatus, reason, msg string) v1.NodeCondition {
		return v1.NodeCondition{Type: t, Status: s, Reason: reason, Message: msg,
			LastHeartbeatTime: now, LastTransitionTime: since}
	}
	return &v1.Node{
		ObjectMeta: metav1.ObjectMeta{Name: name, Labels: map[string]string{
			"kubernetes.io/hostname":    name,
			"kubernetes.io/os":          runtime.GOOS,
			"kubernetes.io/arch":        runtime.GOARCH,
			"beta.kubernetes.io/os":     runtime.GOOS,
			"beta.kubernetes.io/arch":   runtime.GOARCH,
			"kctl.test/kubelet-standin": "true",
		}},
		Status: v1.NodeStatus{
			Capacity: capacity, Allocatable: capacity,
			Phase: v1.NodeRunning,
			Conditions: []v1.NodeCondition{
				cond(v1.NodeMemoryPressure, v1.ConditionFalse, "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
				cond(v1.NodeDiskPressure, v1.ConditionFalse, "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
				cond(v1.NodePIDPressure, v1.ConditionFalse, "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
				cond(v1.NodeReady, v1.ConditionTrue, "KubeletReady", "kubelet is posting ready status"),
			},
			Addresses: []v1.NodeAddress{
				{Type: v1.NodeInternalIP, Address: "127.0.0.1"},
				{Type: v1.NodeHostName, Address: name},
			},
			DaemonEndpoints: v1.NodeDaemonEndpoints{KubeletEndpoint: v1.DaemonEndpoint{Port: port}},
			NodeInfo: v1.NodeSystemInfo{
				MachineID: hostname, KernelVersion: unix.ByteSliceToString(uts.Release[:]),
				OSImage: "kctl kubelet stand-in (host processes)", ContainerRuntimeVersion: "kctl://0.1",
				KubeletVersion: kubeletVersion, KubeProxyVersion: kubeletVersion,
				OperatingSystem: runtime.GOOS, Architecture: runtime.GOARCH,
			},
		},
	}
}

// registerNode creates the Node, or takes over an existing one of that name
// (a previous run), and sets its status.
func registerNode(client kubernetes.Interface, name string, port int32, since metav1.Time) error {
	want := nodeObject(name, port, since)
	nodes := client.CoreV1().Nodes()
	created, err := nodes.Create(context.TODO(), want, metav1.CreateOptions{})
	if err == nil {
		klog.Infof("registered node %s", name)
		created.Status = want.Status
		_, err = nodes.UpdateStatus(context.TODO(), created, metav1.UpdateOptions{})
		return err
	}
	if !apierrors.IsAlreadyExists(err) {
		return err
	}
	return retry.RetryOnConflict(retry.DefaultBackoff, func() error {
		node, err := nodes.Get(context.TODO(), name, metav1.GetOptions{})
		if err != nil {
			return err
		}
		if node.Labels == nil {
			node.Labels = map[string]string{}
		}
		for k, v := range want.Labels {
			node.Labels[k] = v
		}
		node.Spec.Unschedulable = false
		if node, err = nodes.Update(context.TODO(), node, metav1.UpdateOptions{}); err != nil {
			return err
		}
		node.Status = want.Status
		_, err = nodes.UpdateStatus(context.TODO(), node, metav1.UpdateOptions{})
		if err == nil {
			klog.Infof("took over existing node %s", name)
		}
		return err
	})
}

// leaseDuration is the kubelet's default --node-lease-duration-seconds.
const leaseDuration = 40

// renewLease creates or renews the node's Lease (kube-node-lease/<node>),
// owned by the Node as the kubelet's is, so that it goes with the Node.
func renewLease(client kubernetes.Interface, node *v1.Node) error {
	leases := client.CoordinationV1().Leases(v1.NamespaceNodeLease)
	now := metav1.NewMicroTime(time.Now())
	lease, err := leases.Get(context.TODO(), node.Name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		holder, duration := node.Name, int32(leaseDuration)
		lease = &coordinationv1.Lease{
			ObjectMeta: metav1.ObjectMeta{Name: node.Name, Namespace: v1.NamespaceNodeLease,
				OwnerReferences: []metav1.OwnerReference{{APIVersion: "v1", Kind: "Node", Name: node.Name, UID: node.UID}}},
			Spec: coordinationv1.LeaseSpec{HolderIdentity: &holder, LeaseDurationSeconds: &duration,
				AcquireTime: &now, RenewTime: &now},
		}
		_, err = leases.Create(context.TODO(), lease, metav1.CreateOptions{})
		return err
	}
	if err != nil {
		return err
	}
	lease.Spec.RenewTime = &now
	_, err = leases.Update(context.TODO(), lease, metav1.UpdateOptions{})
	return err
}

// heartbeat refreshes the node's status (and so lastHeartbeatTime) and its
// Lease every period; it re-registers the node if someone deleted it.
func heartbeat(client kubernetes.Interface, name string, port int32, since metav1.Time, period time.Duration) {
	beat := func() {
		var node *v1.Node
		err := retry.RetryOnConflict(retry.DefaultBackoff, func() error {
			var err error
			node, err = client.CoreV1().Nodes().Get(context.TODO(), name, metav1.GetOptions{})
			if err != nil {
				return err
			}
			node.Status = nodeObject(name, port, since).Status
			node, err = client.CoreV1().Nodes().UpdateStatus(context.TODO(), node, metav1.UpdateOptions{})
			return err
		})
		if apierrors.IsNotFound(err) {
			err = registerNode(client, name, port, since)
			if err == nil {
				node, err = client.CoreV1().Nodes().Get(context.TODO(), name, metav1.GetOptions{})
			}
		}
		if err != nil {
			klog.Errorf("node heartbeat: %v", err)
			return
		}
		if err := renewLease(client, node); err != nil {
			klog.Errorf("node lease: %v", err)
		}
	}
	beat()
	for range time.Tick(period) {
		beat()
	}
}
