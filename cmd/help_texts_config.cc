// kubectl 1.32's help texts (Long, Example, Use) of kctl's config commands,
// with kubectl turned into kctl. Written by cmd/help_texts_gen.py.
#include "cmd/help_texts.h"

namespace kctl::cmd {

std::span<const HelpText> config_help_texts() {
  static constexpr HelpText kTexts[] = {
    {"config",
     R"--(Modify kubeconfig files using subcommands like "kctl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, ${HOME}/.kube/config is used and no merging takes place.)--",
     "",
     R"--(kctl config SUBCOMMAND [options])--"},
    {"config current-context",
     R"--(Display the current-context.)--",
     R"--(# Display the current-context
kctl config current-context)--",
     R"--(kctl config current-context [flags] [options])--"},
    {"config delete-cluster",
     R"--(Delete the specified cluster from the kubeconfig.)--",
     R"--(# Delete the minikube cluster
kctl config delete-cluster minikube)--",
     R"--(kctl config delete-cluster NAME [options])--"},
    {"config delete-context",
     R"--(Delete the specified context from the kubeconfig.)--",
     R"--(# Delete the context for the minikube cluster
kctl config delete-context minikube)--",
     R"--(kctl config delete-context NAME [options])--"},
    {"config delete-user",
     R"--(Delete the specified user from the kubeconfig.)--",
     R"--(# Delete the minikube user
kctl config delete-user minikube)--",
     R"--(kctl config delete-user NAME [options])--"},
    {"config get-clusters",
     R"--(Display clusters defined in the kubeconfig.)--",
     R"--(# List the clusters that kctl knows about
kctl config get-clusters)--",
     R"--(kctl config get-clusters [flags] [options])--"},
    {"config get-contexts",
     R"--(Display one or many contexts from the kubeconfig file.)--",
     R"--(# List all the contexts in your kubeconfig file
kctl config get-contexts

# Describe one context in your kubeconfig file
kctl config get-contexts my-context)--",
     R"--(kctl config get-contexts [(-o|--output=)name)] [options])--"},
    {"config get-users",
     R"--(Display users defined in the kubeconfig.)--",
     R"--(# List the users that kctl knows about
kctl config get-users)--",
     R"--(kctl config get-users [flags] [options])--"},
    {"config rename-context",
     R"--(Renames a context from the kubeconfig file.

 CONTEXT_NAME is the context name that you want to change.

 NEW_NAME is the new name you want to set.

 Note: If the context being renamed is the 'current-context', this field will also be updated.)--",
     R"--(# Rename the context 'old-name' to 'new-name' in your kubeconfig file
kctl config rename-context old-name new-name)--",
     R"--(kctl config rename-context CONTEXT_NAME NEW_NAME [options])--"},
    {"config set",
     R"--(Set an individual value in a kubeconfig file.

 PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.

 PROPERTY_VALUE is the new value you want to set. Binary fields such as 'certificate-authority-data' expect a base64 encoded string unless the --set-raw-bytes flag is used.

 Specifying an attribute name that already exists will merge new fields on top of existing values.)--",
     R"--(# Set the server field on the my-cluster cluster to https://1.2.3.4
kctl config set clusters.my-cluster.server https://1.2.3.4

# Set the certificate-authority-data field on the my-cluster cluster
kctl config set clusters.my-cluster.certificate-authority-data $(echo "cert_data_here" | base64 -i -)

# Set the cluster field in the my-context context to my-cluster
kctl config set contexts.my-context.cluster my-cluster

# Set the client-key-data field in the cluster-admin user using --set-raw-bytes option
kctl config set users.cluster-admin.client-key-data cert_data_here --set-raw-bytes=true)--",
     R"--(kctl config set PROPERTY_NAME PROPERTY_VALUE [options])--"},
    {"config set-cluster",
     R"--(Set a cluster entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.)--",
     R"--(# Set only the server field on the e2e cluster entry without touching other values
kctl config set-cluster e2e --server=https://1.2.3.4

# Embed certificate authority data for the e2e cluster entry
kctl config set-cluster e2e --embed-certs --certificate-authority=~/.kube/e2e/kubernetes.ca.crt

# Disable cert checking for the e2e cluster entry
kctl config set-cluster e2e --insecure-skip-tls-verify=true

# Set the custom TLS server name to use for validation for the e2e cluster entry
kctl config set-cluster e2e --tls-server-name=my-cluster-name

# Set the proxy URL for the e2e cluster entry
kctl config set-cluster e2e --proxy-url=https://1.2.3.4)--",
     R"--(kctl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options])--"},
    {"config set-context",
     R"--(Set a context entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.)--",
     R"--(# Set the user field on the gce context entry without touching other values
kctl config set-context gce --user=cluster-admin)--",
     R"--(kctl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options])--"},
    {"config set-credentials",
     R"--(Set a user entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values.

        Client-certificate flags:
        --client-certificate=certfile --client-key=keyfile
)--"
     "        \n"
     R"--(        Bearer token flags:
        --token=bearer_token
)--"
     "        \n"
     R"--(        Basic auth flags:
        --username=basic_user --password=basic_password
)--"
     "        \n"
     R"--( Bearer token and basic auth are mutually exclusive.)--",
     R"--(# Set only the "client-key" field on the "cluster-admin"
# entry, without touching other values
kctl config set-credentials cluster-admin --client-key=~/.kube/admin.key

# Set basic auth for the "cluster-admin" entry
kctl config set-credentials cluster-admin --username=admin --password=uXFGweU9l35qcif

# Embed client certificate data in the "cluster-admin" entry
kctl config set-credentials cluster-admin --client-certificate=~/.kube/admin.crt --embed-certs=true

# Enable the Google Compute Platform auth provider for the "cluster-admin" entry
kctl config set-credentials cluster-admin --auth-provider=gcp

# Enable the OpenID Connect auth provider for the "cluster-admin" entry with additional arguments
kctl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-id=foo --auth-provider-arg=client-secret=bar

# Remove the "client-secret" config value for the OpenID Connect auth provider for the "cluster-admin" entry
kctl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-secret-

# Enable new exec auth plugin for the "cluster-admin" entry
kctl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1

# Enable new exec auth plugin for the "cluster-admin" entry with interactive mode
kctl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1 --exec-interactive-mode=Never

# Define new exec auth plugin arguments for the "cluster-admin" entry
kctl config set-credentials cluster-admin --exec-arg=arg1 --exec-arg=arg2

# Create or update exec auth plugin environment variables for the "cluster-admin" entry
kctl config set-credentials cluster-admin --exec-env=key1=val1 --exec-env=key2=val2

# Remove exec auth plugin environment variables for the "cluster-admin" entry
kctl config set-credentials cluster-admin --exec-env=var-to-remove-)--",
     R"--(kctl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options])--"},
    {"config unset",
     R"--(Unset an individual value in a kubeconfig file.

 PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.)--",
     R"--(# Unset the current-context
kctl config unset current-context

# Unset namespace in foo context
kctl config unset contexts.foo.namespace)--",
     R"--(kctl config unset PROPERTY_NAME [options])--"},
    {"config use-context",
     R"--(Set the current-context in a kubeconfig file.)--",
     R"--(# Use the context for the minikube cluster
kctl config use-context minikube)--",
     R"--(kctl config use-context CONTEXT_NAME [options])--"},
    {"config view",
     R"--(Display merged kubeconfig settings or a specified kubeconfig file.

 You can use --output jsonpath={...} to extract specific values using a jsonpath expression.)--",
     R"--(# Show merged kubeconfig settings
kctl config view

# Show merged kubeconfig settings, raw certificate data, and exposed secrets
kctl config view --raw

# Get the password for the e2e user
kctl config view -o jsonpath='{.users[?(@.name == "e2e")].user.password}')--",
     R"--(kctl config view [flags] [options])--"},
  };
  return kTexts;
}

}  // namespace kctl::cmd
