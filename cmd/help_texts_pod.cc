// kubectl 1.32's help texts (Long, Example, Use) of kctl's pod commands,
// with kubectl turned into kctl. Written by cmd/help_texts_gen.py.
#include "cmd/help_texts.h"

namespace kctl::cmd {

std::span<const HelpText> pod_help_texts() {
  static constexpr HelpText kTexts[] = {
    {"attach",
     R"--(Attach to a process that is already running inside an existing container.)--",
     R"--(# Get output from running pod mypod; use the 'kubectl.kubernetes.io/default-container' annotation
# for selecting the container to be attached or the first container in the pod will be chosen
kctl attach mypod

# Get output from ruby-container from pod mypod
kctl attach mypod -c ruby-container

# Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
# and sends stdout/stderr from 'bash' back to the client
kctl attach mypod -c ruby-container -i -t

# Get output from the first pod of a replica set named nginx
kctl attach rs/nginx)--",
     R"--(kctl attach (POD | TYPE/NAME) -c CONTAINER [options])--"},
    {"cp",
     R"--(Copy files and directories to and from containers.)--",
     R"--(# !!!Important Note!!!
# Requires that the 'tar' binary is present in your container
# image.  If 'tar' is not present, 'kctl cp' will fail.
#
# For advanced use cases, such as symlinks, wildcard expansion or
# file mode preservation, consider using 'kctl exec'.

# Copy /tmp/foo local file to /tmp/bar in a remote pod in namespace <some-namespace>
tar cf - /tmp/foo | kctl exec -i -n <some-namespace> <some-pod> -- tar xf - -C /tmp/bar

# Copy /tmp/foo from a remote pod to /tmp/bar locally
kctl exec -n <some-namespace> <some-pod> -- tar cf - /tmp/foo | tar xf - -C /tmp/bar

# Copy /tmp/foo_dir local directory to /tmp/bar_dir in a remote pod in the default namespace
kctl cp /tmp/foo_dir <some-pod>:/tmp/bar_dir

# Copy /tmp/foo local file to /tmp/bar in a remote pod in a specific container
kctl cp /tmp/foo <some-pod>:/tmp/bar -c <specific-container>

# Copy /tmp/foo local file to /tmp/bar in a remote pod in namespace <some-namespace>
kctl cp /tmp/foo <some-namespace>/<some-pod>:/tmp/bar

# Copy /tmp/foo from a remote pod to /tmp/bar locally
kctl cp <some-namespace>/<some-pod>:/tmp/foo /tmp/bar)--",
     R"--(kctl cp <file-spec-src> <file-spec-dest> [options])--"},
    {"debug",
     R"--(Debug cluster resources using interactive debugging containers.

 'debug' provides automation for common debugging tasks for cluster objects identified by resource and name. Pods will be used by default if no resource is specified.

 The action taken by 'debug' varies depending on what resource is specified. Supported actions include:

  *  Workload: Create a copy of an existing pod with certain attributes changed, for example changing the image tag to a new version.
  *  Workload: Add an ephemeral container to an already running pod, for example to add debugging utilities without restarting the pod.
  *  Node: Create a new pod that runs in the node's host namespaces and can access the node's filesystem.)--",
     R"--(# Create an interactive debugging session in pod mypod and immediately attach to it.
kctl debug mypod -it --image=busybox

# Create an interactive debugging session for the pod in the file pod.yaml and immediately attach to it.
# (requires the EphemeralContainers feature to be enabled in the cluster)
kctl debug -f pod.yaml -it --image=busybox

# Create a debug container named debugger using a custom automated debugging image.
kctl debug --image=myproj/debug-tools -c debugger mypod

# Create a copy of mypod adding a debug container and attach to it
kctl debug mypod -it --image=busybox --copy-to=my-debugger

# Create a copy of mypod changing the command of mycontainer
kctl debug mypod -it --copy-to=my-debugger --container=mycontainer -- sh

# Create a copy of mypod changing all container images to busybox
kctl debug mypod --copy-to=my-debugger --set-image=*=busybox

# Create a copy of mypod adding a debug container and changing container images
kctl debug mypod -it --copy-to=my-debugger --image=debian --set-image=app=app:debug,sidecar=sidecar:debug

# Create an interactive debugging session on a node and immediately attach to it.
# The container will run in the host namespaces and the host's filesystem will be mounted at /host
kctl debug node/mynode -it --image=busybox)--",
     R"--(kctl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options])--"},
    {"exec",
     R"--(Execute a command in a container.)--",
     R"--(# Get output from running the 'date' command from pod mypod, using the first container by default
kctl exec mypod -- date

# Get output from running the 'date' command in ruby-container from pod mypod
kctl exec mypod -c ruby-container -- date

# Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
# and sends stdout/stderr from 'bash' back to the client
kctl exec mypod -c ruby-container -i -t -- bash -il

# List contents of /usr from the first container of pod mypod and sort by modification time
# If the command you want to execute in the pod has any flags in common (e.g. -i),
# you must use two dashes (--) to separate your command's flags/arguments
# Also note, do not surround your command and its flags/arguments with quotes
# unless that is how you would execute it normally (i.e., do ls -t /usr, not "ls -t /usr")
kctl exec mypod -i -t -- ls -t /usr

# Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default
kctl exec deploy/mydeployment -- date

# Get output from running 'date' command from the first pod of the service myservice, using the first container by default
kctl exec svc/myservice -- date)--",
     R"--(kctl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options])--"},
    {"logs",
     R"--(Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.)--",
     R"--(# Return snapshot logs from pod nginx with only one container
kctl logs nginx

# Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
kctl logs nginx --prefix

# Return snapshot logs from pod nginx, limiting output to 500 bytes
kctl logs nginx --limit-bytes=500

# Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
kctl logs nginx --pod-running-timeout=20s

# Return snapshot logs from pod nginx with multi containers
kctl logs nginx --all-containers=true

# Return snapshot logs from all pods in the deployment nginx
kctl logs deployment/nginx --all-pods=true

# Return snapshot logs from all containers in pods defined by label app=nginx
kctl logs -l app=nginx --all-containers=true

# Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
kctl logs -l app=nginx --max-log-requests=10

# Return snapshot of previous terminated ruby container logs from pod web-1
kctl logs -p -c ruby web-1

# Begin streaming the logs from pod nginx, continuing even if errors occur
kctl logs nginx -f --ignore-errors=true

# Begin streaming the logs of the ruby container in pod web-1
kctl logs -f -c ruby web-1

# Begin streaming the logs from all containers in pods defined by label app=nginx
kctl logs -f -l app=nginx --all-containers=true

# Display only the most recent 20 lines of output in pod nginx
kctl logs --tail=20 nginx

# Show all logs from pod nginx written in the last hour
kctl logs --since=1h nginx

# Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
kctl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true

# Show logs from a kubelet with an expired serving certificate
kctl logs --insecure-skip-tls-verify-backend nginx

# Return snapshot logs from first container of a job named hello
kctl logs job/hello

# Return snapshot logs from container nginx-1 of a deployment named nginx
kctl logs deployment/nginx -c nginx-1)--",
     R"--(kctl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options])--"},
    {"port-forward",
     R"--(Forward one or more local ports to a pod.

 Use resource type/name such as deployment/mydeployment to select a pod. Resource type defaults to 'pod' if omitted.

 If there are multiple pods matching the criteria, a pod will be selected automatically. The forwarding session ends when the selected pod terminates, and a rerun of the command is needed to resume forwarding.)--",
     R"--(# Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in the pod
kctl port-forward pod/mypod 5000 6000

# Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in a pod selected by the deployment
kctl port-forward deployment/mydeployment 5000 6000

# Listen on port 8443 locally, forwarding to the targetPort of the service's port named "https" in a pod selected by the service
kctl port-forward service/myservice 8443:https

# Listen on port 8888 locally, forwarding to 5000 in the pod
kctl port-forward pod/mypod 8888:5000

# Listen on port 8888 on all addresses, forwarding to 5000 in the pod
kctl port-forward --address 0.0.0.0 pod/mypod 8888:5000

# Listen on port 8888 on localhost and selected IP, forwarding to 5000 in the pod
kctl port-forward --address localhost,10.19.21.23 pod/mypod 8888:5000

# Listen on a random port locally, forwarding to 5000 in the pod
kctl port-forward pod/mypod :5000)--",
     R"--(kctl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N])--"},
  };
  return kTexts;
}

}  // namespace kctl::cmd
