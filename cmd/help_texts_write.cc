// kubectl 1.32's help texts (Long, Example, Use) of kctl's write commands,
// with kubectl turned into kctl. Written by cmd/help_texts_gen.py.
#include "cmd/help_texts.h"

namespace kctl::cmd {

std::span<const HelpText> write_help_texts() {
  static constexpr HelpText kTexts[] = {
    {"annotate",
     R"--(Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

Use "kctl api-resources" for a complete list of supported resources.)--",
     R"--(# Update pod 'foo' with the annotation 'description' and the value 'my frontend'
# If the same annotation is set multiple times, only the last value will be applied
kctl annotate pods foo description='my frontend'

# Update a pod identified by type and name in "pod.json"
kctl annotate -f pod.json description='my frontend'

# Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
kctl annotate --overwrite pods foo description='my frontend running nginx'

# Update all pods in the namespace
kctl annotate pods --all description='my frontend running nginx'

# Update pod 'foo' only if the resource is unchanged from version 1
kctl annotate pods foo description='my frontend running nginx' --resource-version=1

# Update pod 'foo' by removing an annotation named 'description' if it exists
# Does not require the --overwrite flag
kctl annotate pods foo description-)--",
     R"--(kctl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options])--"},
    {"apply",
     R"--(Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.)--",
     R"--(# Apply the configuration in pod.json to a pod
kctl apply -f ./pod.json

# Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
kctl apply -k dir/

# Apply the JSON passed into stdin to a pod
cat pod.json | kctl apply -f -

# Apply the configuration from all files that end with '.json'
kctl apply -f '*.json'

# Note: --prune is still in Alpha
# Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx
kctl apply --prune -f manifest.yaml -l app=nginx

# Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
kctl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap)--",
     R"--(kctl apply (-f FILENAME | -k DIRECTORY) [options])--"},
    {"apply edit-last-applied",
     R"--(Edit the latest last-applied-configuration annotations of resources from the default editor.

 The edit-last-applied command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.

 The default format is YAML. To edit in JSON, specify "-o json".

 The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.

 In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.)--",
     R"--(# Edit the last-applied-configuration annotations by type/name in YAML
kctl apply edit-last-applied deployment/nginx

# Edit the last-applied-configuration annotations by file in JSON
kctl apply edit-last-applied -f deploy.yaml -o json)--",
     R"--(kctl apply edit-last-applied (RESOURCE/NAME | -f FILENAME) [options])--"},
    {"apply set-last-applied",
     R"--(Set the latest last-applied-configuration annotations by setting it to match the contents of a file. This results in the last-applied-configuration being updated as though 'kctl apply -f<file> ' was run, without updating any other parts of the object.)--",
     R"--(# Set the last-applied-configuration of a resource to match the contents of a file
kctl apply set-last-applied -f deploy.yaml

# Execute set-last-applied against each configuration file in a directory
kctl apply set-last-applied -f path/

# Set the last-applied-configuration of a resource to match the contents of a file; will create the annotation if it does not already exist
kctl apply set-last-applied -f deploy.yaml --create-annotation=true)--",
     R"--(kctl apply set-last-applied -f FILENAME [options])--"},
    {"apply view-last-applied",
     R"--(View the latest last-applied-configuration annotations by type/name or file.

 The default output will be printed to stdout in YAML format. You can use the -o option to change the output format.)--",
     R"--(# View the last-applied-configuration annotations by type/name in YAML
kctl apply view-last-applied deployment/nginx

# View the last-applied-configuration annotations by file in JSON
kctl apply view-last-applied -f deploy.yaml -o json)--",
     R"--(kctl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options])--"},
    {"autoscale",
     R"--(Creates an autoscaler that automatically chooses and sets the number of pods that run in a Kubernetes cluster.

 Looks up a deployment, replica set, stateful set, or replication controller by name and creates an autoscaler that uses the given resource as a reference. An autoscaler can automatically increase or decrease number of pods deployed within the system as needed.)--",
     R"--(# Auto scale a deployment "foo", with the number of pods between 2 and 10, no target CPU utilization specified so a default autoscaling policy will be used
kctl autoscale deployment foo --min=2 --max=10

# Auto scale a replication controller "foo", with the number of pods between 1 and 5, target CPU utilization at 80%
kctl autoscale rc foo --max=5 --cpu-percent=80)--",
     R"--(kctl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU] [options])--"},
    {"delete",
     R"--(Delete resources by file names, stdin, resources and names, or by resources and label selector.

 JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.

 Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.

 IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.

 Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.

 After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run "kctl api-resources" to refresh the discovery cache.)--",
     R"--(# Delete a pod using the type and name specified in pod.json
kctl delete -f ./pod.json

# Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
kctl delete -k dir

# Delete resources from all files that end with '.json'
kctl delete -f '*.json'

# Delete a pod based on the type and name in the JSON passed into stdin
cat pod.json | kctl delete -f -

# Delete pods and services with same names "baz" and "foo"
kctl delete pod,service baz foo

# Delete pods and services with label name=myLabel
kctl delete pods,services -l name=myLabel

# Delete a pod with minimal delay
kctl delete pod foo --now

# Force delete a pod on a dead node
kctl delete pod foo --force

# Delete all pods
kctl delete pods --all

# Delete all pods only if the user confirms the deletion
kctl delete pods --all --interactive)--",
     R"--(kctl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options])--"},
    {"edit",
     R"--(Edit a resource from the default editor.

 The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the 'SHELL' environment variable. If this is not defined, the default shell will be used, which is '/bin/bash' for Linux or 'cmd' for Windows.

 You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.

 Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify the resource, version, and group.

 The default format is YAML. To edit in JSON, specify "-o json".

 The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.

 In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.)--",
     R"--(# Edit the service named 'registry'
kctl edit svc/registry

# Use an alternative editor
KUBE_EDITOR="nano" kctl edit svc/registry

# Edit the job 'myjob' in JSON using the v1 API format
kctl edit job.v1.batch/myjob -o json

# Edit the deployment 'mydeployment' in YAML and save the modified config in its annotation
kctl edit deployment/mydeployment -o yaml --save-config

# Edit the 'status' subresource for the 'mydeployment' deployment
kctl edit deployment mydeployment --subresource='status')--",
     R"--(kctl edit (RESOURCE/NAME | -f FILENAME) [options])--"},
    {"expose",
     R"--(Expose a resource as a new Kubernetes service.

 Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.

 Possible resources include (case insensitive):

 pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs))--",
     R"--(# Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000
kctl expose rc nginx --port=80 --target-port=8000

# Create a service for a replication controller identified by type and name specified in "nginx-controller.yaml", which serves on port 80 and connects to the containers on port 8000
kctl expose -f nginx-controller.yaml --port=80 --target-port=8000

# Create a service for a pod valid-pod, which serves on port 444 with the name "frontend"
kctl expose pod valid-pod --port=444 --name=frontend

# Create a second service based on the above service, exposing the container port 8443 as port 443 with the name "nginx-https"
kctl expose service nginx --port=443 --target-port=8443 --name=nginx-https

# Create a service for a replicated streaming application on port 4100 balancing UDP traffic and named 'video-stream'.
kctl expose rc streamer --port=4100 --protocol=UDP --name=video-stream

# Create a service for a replicated nginx using replica set, which serves on port 80 and connects to the containers on port 8000
kctl expose rs nginx --port=80 --target-port=8000

# Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000
kctl expose deployment nginx --port=80 --target-port=8000)--",
     R"--(kctl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options])--"},
    {"label",
     R"--(Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.)--",
     R"--(# Update pod 'foo' with the label 'unhealthy' and the value 'true'
kctl label pods foo unhealthy=true

# Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
kctl label --overwrite pods foo status=unhealthy

# Update all pods in the namespace
kctl label pods --all status=unhealthy

# Update a pod identified by the type and name in "pod.json"
kctl label -f pod.json status=unhealthy

# Update pod 'foo' only if the resource is unchanged from version 1
kctl label pods foo status=unhealthy --resource-version=1

# Update pod 'foo' by removing a label named 'bar' if it exists
# Does not require the --overwrite flag
kctl label pods foo bar-)--",
     R"--(kctl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options])--"},
    {"patch",
     R"--(Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

 JSON and YAML formats are accepted.

 Note: Strategic merge patch is not supported for custom resources.)--",
     R"--(# Partially update a node using a strategic merge patch, specifying the patch as JSON
kctl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'

# Partially update a node using a strategic merge patch, specifying the patch as YAML
kctl patch node k8s-node-1 -p $'spec:\n unschedulable: true'

# Partially update a node identified by the type and name specified in "node.json" using strategic merge patch
kctl patch -f node.json -p '{"spec":{"unschedulable":true}}'

# Update a container's image; spec.containers[*].name is required because it's a merge key
kctl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'

# Update a container's image using a JSON patch with positional arrays
kctl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'

# Update a deployment's replicas through the 'scale' subresource using a merge patch
kctl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":2}}')--",
     R"--(kctl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options])--"},
    {"replace",
     R"--(Replace a resource by file name or stdin.

 JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by

        $ kctl get TYPE NAME -o yaml)--",
     R"--(# Replace a pod using the data in pod.json
kctl replace -f ./pod.json

# Replace a pod based on the JSON passed into stdin
cat pod.json | kctl replace -f -

# Update a single-container pod's image version (tag) to v4
kctl get pod mypod -o yaml | sed 's/\(image: myimage\):.*$/\1:v4/' | kctl replace -f -

# Force replace, delete and then re-create the resource
kctl replace --force -f ./pod.json)--",
     R"--(kctl replace -f FILENAME [options])--"},
    {"rollout",
     R"--(Manage the rollout of one or many resources.
)--"
     "        \n"
     R"--( Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets)--",
     R"--(# Rollback to the previous deployment
kctl rollout undo deployment/abc

# Check the rollout status of a daemonset
kctl rollout status daemonset/foo

# Restart a deployment
kctl rollout restart deployment/abc

# Restart deployments with the 'app=nginx' label
kctl rollout restart deployment --selector=app=nginx)--",
     R"--(kctl rollout SUBCOMMAND [options])--"},
    {"rollout history",
     R"--(View previous rollout revisions and configurations.)--",
     R"--(# View the rollout history of a deployment
kctl rollout history deployment/abc

# View the details of daemonset revision 3
kctl rollout history daemonset/abc --revision=3)--",
     R"--(kctl rollout history (TYPE NAME | TYPE/NAME) [flags] [options])--"},
    {"rollout pause",
     R"--(Mark the provided resource as paused.

 Paused resources will not be reconciled by a controller. Use "kctl rollout resume" to resume a paused resource. Currently only deployments support being paused.)--",
     R"--(# Mark the nginx deployment as paused
# Any current state of the deployment will continue its function; new updates
# to the deployment will not have an effect as long as the deployment is paused
kctl rollout pause deployment/nginx)--",
     R"--(kctl rollout pause RESOURCE [options])--"},
    {"rollout restart",
     R"--(Restart a resource.

        Resource rollout will be restarted.)--",
     R"--(# Restart all deployments in the test-namespace namespace
kctl rollout restart deployment -n test-namespace

# Restart a deployment
kctl rollout restart deployment/nginx

# Restart a daemon set
kctl rollout restart daemonset/abc

# Restart deployments with the app=nginx label
kctl rollout restart deployment --selector=app=nginx)--",
     R"--(kctl rollout restart RESOURCE [options])--"},
    {"rollout resume",
     R"--(Resume a paused resource.

 Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.)--",
     R"--(# Resume an already paused deployment
kctl rollout resume deployment/nginx)--",
     R"--(kctl rollout resume RESOURCE [options])--"},
    {"rollout status",
     R"--(Show the status of the rollout.

 By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.)--",
     R"--(# Watch the rollout status of a deployment
kctl rollout status deployment/nginx)--",
     R"--(kctl rollout status (TYPE NAME | TYPE/NAME) [flags] [options])--"},
    {"rollout undo",
     R"--(Roll back to a previous rollout.)--",
     R"--(# Roll back to the previous deployment
kctl rollout undo deployment/abc

# Roll back to daemonset revision 3
kctl rollout undo daemonset/abc --to-revision=3

# Roll back to the previous deployment with dry-run
kctl rollout undo --dry-run=server deployment/abc)--",
     R"--(kctl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options])--"},
    {"run",
     R"--(Create and run a particular image in a pod.)--",
     R"--(# Start a nginx pod
kctl run nginx --image=nginx

# Start a hazelcast pod and let the container expose port 5701
kctl run hazelcast --image=hazelcast/hazelcast --port=5701

# Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
kctl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"

# Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
kctl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"

# Dry run; print the corresponding API objects without creating them
kctl run nginx --image=nginx --dry-run=client

# Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
kctl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'

# Start a busybox pod and keep it in the foreground, don't restart it if it exits
kctl run -i -t busybox --image=busybox --restart=Never

# Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
kctl run nginx --image=nginx -- <arg1> <arg2> ... <argN>

# Start the nginx pod using a different command and custom arguments
kctl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>)--",
     R"--(kctl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options])--"},
    {"scale",
     R"--(Set a new size for a deployment, replica set, replication controller, or stateful set.

 Scale also allows users to specify one or more preconditions for the scale action.

 If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.)--",
     R"--(# Scale a replica set named 'foo' to 3
kctl scale --replicas=3 rs/foo

# Scale a resource identified by type and name specified in "foo.yaml" to 3
kctl scale --replicas=3 -f foo.yaml

# If the deployment named mysql's current size is 2, scale mysql to 3
kctl scale --current-replicas=2 --replicas=3 deployment/mysql

# Scale multiple replication controllers
kctl scale --replicas=5 rc/example1 rc/example2 rc/example3

# Scale stateful set named 'web' to 3
kctl scale --replicas=3 statefulset/web)--",
     R"--(kctl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options])--"},
    {"set",
     R"--(Configure application resources.

 These commands help you make changes to existing application resources.)--",
     "",
     R"--(kctl set SUBCOMMAND [options])--"},
    {"set env",
     R"--(Update environment variables on a pod template.

 List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.

 If "--env -" is passed, environment variables can be read from STDIN using the standard env syntax.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs))--",
     R"--(# Update deployment 'registry' with a new environment variable
kctl set env deployment/registry STORAGE_DIR=/local

# List the environment variables defined on a deployments 'sample-build'
kctl set env deployment/sample-build --list

# List the environment variables defined on all pods
kctl set env pods --all --list

# Output modified deployment in YAML, and does not alter the object on the server
kctl set env deployment/sample-build STORAGE_DIR=/data -o yaml

# Update all containers in all replication controllers in the project to have ENV=prod
kctl set env rc --all ENV=prod

# Import environment from a secret
kctl set env --from=secret/mysecret deployment/myapp

# Import environment from a config map with a prefix
kctl set env --from=configmap/myconfigmap --prefix=MYSQL_ deployment/myapp

# Import specific keys from a config map
kctl set env --keys=my-example-key --from=configmap/myconfigmap deployment/myapp

# Remove the environment variable ENV from container 'c1' in all deployment configs
kctl set env deployments --all --containers="c1" ENV-

# Remove the environment variable ENV from a deployment definition on disk and
# update the deployment config on the server
kctl set env -f deploy.json ENV-

# Set some of the local shell environment into a deployment config on the server
env | grep RAILS_ | kctl set env -e - deployment/registry)--",
     R"--(kctl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options])--"},
    {"set image",
     R"--(Update existing container image(s) of resources.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs))--",
     R"--(# Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
kctl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1

# Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
kctl set image deployments,rc nginx=nginx:1.9.1 --all

# Update image of all containers of daemonset abc to 'nginx:1.9.1'
kctl set image daemonset abc *=nginx:1.9.1

# Print result (in yaml format) of updating nginx container image from local file, without hitting the server
kctl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml)--",
     R"--(kctl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options])--"},
    {"set resources",
     R"--(Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.  If a pod is successfully scheduled, it is guaranteed the amount of resource requested, but may burst up to its specified limits.

 For each compute resource, if a limit is specified and a request is omitted, the request will default to the limit.

 Possible resources include (case insensitive): Use "kctl api-resources" for a complete list of supported resources..)--",
     R"--(# Set a deployments nginx container cpu limits to "200m" and memory to "512Mi"
kctl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi

# Set the resource request and limits for all containers in nginx
kctl set resources deployment nginx --limits=cpu=200m,memory=512Mi --requests=cpu=100m,memory=256Mi

# Remove the resource requests for resources on containers in nginx
kctl set resources deployment nginx --limits=cpu=0,memory=0 --requests=cpu=0,memory=0

# Print the result (in yaml format) of updating nginx container limits from a local, without hitting the server
kctl set resources -f path/to/file.yaml --limits=cpu=200m,memory=512Mi --local -o yaml)--",
     R"--(kctl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options])--"},
    {"wait",
     R"--(Experimental: Wait for a specific condition on one or many resources.

 The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.

 Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.

 A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.)--",
     R"--(# Wait for the pod "busybox1" to contain the status condition of type "Ready"
kctl wait --for=condition=Ready pod/busybox1

# The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)
kctl wait --for=condition=Ready=false pod/busybox1

# Wait for the pod "busybox1" to contain the status phase to be "Running"
kctl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1

# Wait for pod "busybox1" to be Ready
kctl wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/busybox1

# Wait for the service "loadbalancer" to have ingress
kctl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer

# Wait for the secret "busybox1" to be created, with a timeout of 30s
kctl create secret generic busybox1
kctl wait --for=create secret/busybox1 --timeout=30s

# Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
kctl delete pod/busybox1
kctl wait --for=delete pod/busybox1 --timeout=60s)--",
     R"--(kctl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options])--"},
  };
  return kTexts;
}

}  // namespace kctl::cmd
