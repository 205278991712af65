// kubectl 1.32's help texts (Long, Example, Use) of kctl's read commands,
// with kubectl turned into kctl. Written by cmd/help_texts_gen.py.
#include "cmd/help_texts.h"

namespace kctl::cmd {

std::span<const HelpText> read_help_texts() {
  static constexpr HelpText kTexts[] = {
    {"",
     R"--(kctl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/)--",
     "",
     R"--(kctl [flags] [options])--"},
    {"api-resources",
     R"--(Print the supported API resources on the server.)--",
     R"--(# Print the supported API resources
kctl api-resources

# Print the supported API resources with more information
kctl api-resources -o wide

# Print the supported API resources sorted by a column
kctl api-resources --sort-by=name

# Print the supported namespaced resources
kctl api-resources --namespaced=true

# Print the supported non-namespaced resources
kctl api-resources --namespaced=false

# Print the supported API resources with a specific APIGroup
kctl api-resources --api-group=rbac.authorization.k8s.io)--",
     R"--(kctl api-resources [flags] [options])--"},
    {"api-versions",
     R"--(Print the supported API versions on the server, in the form of "group/version".)--",
     R"--(# Print the supported API versions
kctl api-versions)--",
     R"--(kctl api-versions [options])--"},
    {"cluster-info",
     R"--(Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kctl cluster-info dump'.)--",
     R"--(# Print the address of the control plane and cluster services
kctl cluster-info)--",
     R"--(kctl cluster-info [flags] [options])--"},
    {"completion",
     R"--(Output shell completion code for the specified shell (bash, zsh, fish, or powershell). The shell code must be evaluated to provide interactive completion of kctl commands.  This can be done by sourcing it from the .bash_profile.

 Detailed instructions on how to do this are available here:

        for macOS:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-macos/#enable-shell-autocompletion
)--"
     "        \n"
     R"--(        for linux:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/#enable-shell-autocompletion
)--"
     "        \n"
     R"--(        for windows:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-windows/#enable-shell-autocompletion
)--"
     "        \n"
     R"--( Note for zsh users: [1] zsh completions are only supported in versions of zsh >= 5.2.)--",
     R"--(# Installing bash completion on macOS using homebrew
## If running Bash 3.2 included with macOS
brew install bash-completion
## or, if running Bash 4.1+
brew install bash-completion@2
## If kctl is installed via homebrew, this should start working immediately
## If you've installed via other means, you may need add the completion to your completion directory
kctl completion bash > $(brew --prefix)/etc/bash_completion.d/kctl


# Installing bash completion on Linux
## If bash-completion is not installed on Linux, install the 'bash-completion' package
## via your distribution's package manager.
## Load the kctl completion code for bash into the current shell
source <(kctl completion bash)
## Write bash completion code to a file and source it from .bash_profile
kctl completion bash > ~/.kube/completion.bash.inc
printf "
# kctl shell completion
source '$HOME/.kube/completion.bash.inc'
" >> $HOME/.bash_profile
source $HOME/.bash_profile

# Load the kctl completion code for zsh[1] into the current shell
source <(kctl completion zsh)
# Set the kctl completion code for zsh[1] to autoload on startup
kctl completion zsh > "${fpath[1]}/_kctl"


# Load the kctl completion code for fish[2] into the current shell
kctl completion fish | source
# To load completions for each session, execute once:
kctl completion fish > ~/.config/fish/completions/kctl.fish

# Load the kctl completion code for powershell into the current shell
kctl completion powershell | Out-String | Invoke-Expression
# Set kctl completion code for powershell to run on startup
## Save completion code to a script and execute in the profile
kctl completion powershell > $HOME\.kube\completion.ps1
Add-Content $PROFILE "$HOME\.kube\completion.ps1"
## Execute completion code in the profile
Add-Content $PROFILE "if (Get-Command kctl -ErrorAction SilentlyContinue) {
kctl completion powershell | Out-String | Invoke-Expression
}"
## Add completion code directly to the $PROFILE script
kctl completion powershell >> $PROFILE)--",
     R"--(kctl completion SHELL [options])--"},
    {"describe",
     R"--(Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kctl describe TYPE NAME_PREFIX
)--"
     "        \n"
     R"--( will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "kctl api-resources" for a complete list of supported resources.)--",
     R"--(# Describe a node
kctl describe nodes kubernetes-node-emt8.c.myproject.internal

# Describe a pod
kctl describe pods/nginx

# Describe a pod identified by type and name in "pod.json"
kctl describe -f pod.json

# Describe all pods
kctl describe pods

# Describe pods by label name=myLabel
kctl describe pods -l name=myLabel

# Describe all pods managed by the 'frontend' replication controller
# (rc-created pods get the name of the rc as a prefix in the pod name)
kctl describe pods frontend)--",
     R"--(kctl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options])--"},
    {"explain",
     R"--(Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]
)--"
     "        \n"
     R"--( Information about each field is retrieved from the server in OpenAPI format.

Use "kctl api-resources" for a complete list of supported resources.)--",
     R"--(# Get the documentation of the resource and its fields
kctl explain pods

# Get all the fields in the resource
kctl explain pods --recursive

# Get the explanation for deployment in supported api versions
kctl explain deployments --api-version=apps/v1

# Get the documentation of a specific field of a resource
kctl explain pods.spec.containers

# Get the documentation of resources in different format
kctl explain deployment --output=plaintext-openapiv2)--",
     R"--(kctl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options])--"},
    {"get",
     R"--(Display one or many resources.

 Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

 By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.

Use "kctl api-resources" for a complete list of supported resources.)--",
     R"--(# List all pods in ps output format
kctl get pods

# List all pods in ps output format with more information (such as node name)
kctl get pods -o wide

# List a single replication controller with specified NAME in ps output format
kctl get replicationcontroller web

# List deployments in JSON output format, in the "v1" version of the "apps" API group
kctl get deployments.v1.apps -o json

# List a single pod in JSON output format
kctl get -o json pod web-pod-13je7

# List a pod identified by type and name specified in "pod.yaml" in JSON output format
kctl get -f pod.yaml -o json

# List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
kctl get -k dir/

# Return only the phase value of the specified pod
kctl get -o template pod/web-pod-13je7 --template={{.status.phase}}

# List resource information in custom columns
kctl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image

# List all replication controllers and services together in ps output format
kctl get rc,services

# List one or more resources by their type and names
kctl get rc/web service/frontend pods/web-pod-13je7

# List the 'status' subresource for a single pod
kctl get pod web-pod-13je7 --subresource status

# List all deployments in namespace 'backend'
kctl get deployments.apps --namespace backend

# List all pods existing in all namespaces
kctl get pods --all-namespaces)--",
     R"--(kctl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options])--"},
    {"plugin",
     R"--(Provides utilities for interacting with plugins.

 Plugins provide extended functionality that is not part of the major command-line distribution. Please refer to the documentation and examples for more information about how write your own plugins.

 The easiest way to discover and install plugins is via the kubernetes sub-project krew: [krew.sigs.k8s.io]. To install krew, visit https://krew.sigs.k8s.io/docs/user-guide/setup/install)--",
     R"--(# List all available plugins
kctl plugin list

# List only binary names of available plugins without paths
kctl plugin list --name-only)--",
     R"--(kctl plugin [flags] [options])--"},
    {"plugin list",
     R"--(List all available plugin files on a user's PATH. To see plugins binary names without the full path use --name-only flag.

 Available plugin files are those that are: - executable - anywhere on the user's PATH - begin with "kctl-")--",
     R"--(# List all available plugins
kctl plugin list

# List only binary names of available plugins without paths
kctl plugin list --name-only)--",
     R"--(kctl plugin list [flags] [options])--"},
    {"version",
     R"--(Print the client and server version information for the current context.)--",
     R"--(# Print the client and server versions for the current context
kctl version)--",
     R"--(kctl version [flags] [options])--"},
  };
  return kTexts;
}

}  // namespace kctl::cmd
