// kubectl 1.32's help texts (Long, Example, Use) of kctl's create commands,
// with kubectl turned into kctl. Written by cmd/help_texts_gen.py.
#include "cmd/help_texts.h"

namespace kctl::cmd {

std::span<const HelpText> create_help_texts() {
  static constexpr HelpText kTexts[] = {
    {"create",
     R"--(Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.)--",
     R"--(# Create a pod using the data in pod.json
kctl create -f ./pod.json

# Create a pod based on the JSON passed into stdin
cat pod.json | kctl create -f -

# Edit the data in registry.yaml in JSON then create the resource using the edited data
kctl create -f registry.yaml --edit -o json)--",
     R"--(kctl create -f FILENAME [options])--"},
    {"create clusterrole",
     R"--(Create a cluster role.)--",
     R"--(# Create a cluster role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
kctl create clusterrole pod-reader --verb=get,list,watch --resource=pods

# Create a cluster role named "pod-reader" with ResourceName specified
kctl create clusterrole pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod

# Create a cluster role named "foo" with API Group specified
kctl create clusterrole foo --verb=get,list,watch --resource=rs.apps

# Create a cluster role named "foo" with SubResource specified
kctl create clusterrole foo --verb=get,list,watch --resource=pods,pods/status

# Create a cluster role name "foo" with NonResourceURL specified
kctl create clusterrole "foo" --verb=get --non-resource-url=/logs/*

# Create a cluster role name "monitoring" with AggregationRule specified
kctl create clusterrole monitoring --aggregation-rule="rbac.example.com/aggregate-to-monitoring=true")--",
     R"--(kctl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options])--"},
    {"create clusterrolebinding",
     R"--(Create a cluster role binding for a particular cluster role.)--",
     R"--(# Create a cluster role binding for user1, user2, and group1 using the cluster-admin cluster role
kctl create clusterrolebinding cluster-admin --clusterrole=cluster-admin --user=user1 --user=user2 --group=group1)--",
     R"--(kctl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options])--"},
    {"create configmap",
     R"--(Create a config map based on a file, directory, or specified literal value.

 A single config map may package one or more key/value pairs.

 When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.

 When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).)--",
     R"--(# Create a new config map named my-config based on folder bar
kctl create configmap my-config --from-file=path/to/bar

# Create a new config map named my-config with specified keys instead of file basenames on disk
kctl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt

# Create a new config map named my-config with key1=config1 and key2=config2
kctl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2

# Create a new config map named my-config from the key=value pairs in the file
kctl create configmap my-config --from-file=path/to/bar

# Create a new config map named my-config from an env file
kctl create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env)--",
     R"--(kctl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options])--"},
    {"create cronjob",
     R"--(Create a cron job with the specified name.)--",
     R"--(# Create a cron job
kctl create cronjob my-job --image=busybox --schedule="*/1 * * * *"

# Create a cron job with a command
kctl create cronjob my-job --image=busybox --schedule="*/1 * * * *" -- date)--",
     R"--(kctl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options])--"},
    {"create deployment",
     R"--(Create a deployment with the specified name.)--",
     R"--(# Create a deployment named my-dep that runs the busybox image
kctl create deployment my-dep --image=busybox

# Create a deployment with a command
kctl create deployment my-dep --image=busybox -- date

# Create a deployment named my-dep that runs the nginx image with 3 replicas
kctl create deployment my-dep --image=nginx --replicas=3

# Create a deployment named my-dep that runs the busybox image and expose port 5701
kctl create deployment my-dep --image=busybox --port=5701

# Create a deployment named my-dep that runs multiple containers
kctl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx)--",
     R"--(kctl create deployment NAME --image=image -- [COMMAND] [args...] [options])--"},
    {"create ingress",
     R"--(Create an ingress with the specified name.)--",
     R"--(# Create a single ingress called 'simple' that directs requests to foo.com/bar to svc
# svc1:8080 with a TLS secret "my-cert"
kctl create ingress simple --rule="foo.com/bar=svc1:8080,tls=my-cert"

# Create a catch all ingress of "/path" pointing to service svc:port and Ingress Class as "otheringress"
kctl create ingress catch-all --class=otheringress --rule="/path=svc:port"

# Create an ingress with two annotations: ingress.annotation1 and ingress.annotations2
kctl create ingress annotated --class=default --rule="foo.com/bar=svc:port" \
--annotation ingress.annotation1=foo \
--annotation ingress.annotation2=bla

# Create an ingress with the same host and multiple paths
kctl create ingress multipath --class=default \
--rule="foo.com/=svc:port" \
--rule="foo.com/admin/=svcadmin:portadmin"

# Create an ingress with multiple hosts and the pathType as Prefix
kctl create ingress ingress1 --class=default \
--rule="foo.com/path*=svc:8080" \
--rule="bar.com/admin*=svc2:http"

# Create an ingress with TLS enabled using the default ingress certificate and different path types
kctl create ingress ingtls --class=default \
--rule="foo.com/=svc:https,tls" \
--rule="foo.com/path/subpath*=othersvc:8080"

# Create an ingress with TLS enabled using a specific secret and pathType as Prefix
kctl create ingress ingsecret --class=default \
--rule="foo.com/*=svc:8080,tls=secret1"

# Create an ingress with a default backend
kctl create ingress ingdefault --class=default \
--default-backend=defaultsvc:http \
--rule="foo.com/*=svc:8080,tls=secret1")--",
     R"--(kctl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options])--"},
    {"create job",
     R"--(Create a job with the specified name.)--",
     R"--(# Create a job
kctl create job my-job --image=busybox

# Create a job with a command
kctl create job my-job --image=busybox -- date

# Create a job from a cron job named "a-cronjob"
kctl create job test-job --from=cronjob/a-cronjob)--",
     R"--(kctl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options])--"},
    {"create namespace",
     R"--(Create a namespace with the specified name.)--",
     R"--(# Create a new namespace named my-namespace
kctl create namespace my-namespace)--",
     R"--(kctl create namespace NAME [--dry-run=server|client|none] [options])--"},
    {"create poddisruptionbudget",
     R"--(Create a pod disruption budget with the specified name, selector, and desired minimum available pods.)--",
     R"--(# Create a pod disruption budget named my-pdb that will select all pods with the app=rails label
# and require at least one of them being available at any point in time
kctl create poddisruptionbudget my-pdb --selector=app=rails --min-available=1

# Create a pod disruption budget named my-pdb that will select all pods with the app=nginx label
# and require at least half of the pods selected to be available at any point in time
kctl create pdb my-pdb --selector=app=nginx --min-available=50%)--",
     R"--(kctl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none] [options])--"},
    {"create priorityclass",
     R"--(Create a priority class with the specified name, value, globalDefault and description.)--",
     R"--(# Create a priority class named high-priority
kctl create priorityclass high-priority --value=1000 --description="high priority"

# Create a priority class named default-priority that is considered as the global default priority
kctl create priorityclass default-priority --value=1000 --global-default=true --description="default priority"

# Create a priority class named high-priority that cannot preempt pods with lower priority
kctl create priorityclass high-priority --value=1000 --description="high priority" --preemption-policy="Never")--",
     R"--(kctl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options])--"},
    {"create quota",
     R"--(Create a resource quota with the specified name, hard limits, and optional scopes.)--",
     R"--(# Create a new resource quota named my-quota
kctl create quota my-quota --hard=cpu=1,memory=1G,pods=2,services=3,replicationcontrollers=2,resourcequotas=1,secrets=5,persistentvolumeclaims=10

# Create a new resource quota named best-effort
kctl create quota best-effort --hard=pods=100 --scopes=BestEffort)--",
     R"--(kctl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none] [options])--"},
    {"create role",
     R"--(Create a role with single rule.)--",
     R"--(# Create a role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
kctl create role pod-reader --verb=get --verb=list --verb=watch --resource=pods

# Create a role named "pod-reader" with ResourceName specified
kctl create role pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod

# Create a role named "foo" with API Group specified
kctl create role foo --verb=get,list,watch --resource=rs.apps

# Create a role named "foo" with SubResource specified
kctl create role foo --verb=get,list,watch --resource=pods,pods/status)--",
     R"--(kctl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options])--"},
    {"create rolebinding",
     R"--(Create a role binding for a particular role or cluster role.)--",
     R"--(# Create a role binding for user1, user2, and group1 using the admin cluster role
kctl create rolebinding admin --clusterrole=admin --user=user1 --user=user2 --group=group1

# Create a role binding for service account monitoring:sa-dev using the admin role
kctl create rolebinding admin-binding --role=admin --serviceaccount=monitoring:sa-dev)--",
     R"--(kctl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options])--"},
    {"create secret",
     R"--(Create a secret with specified type.

 A docker-registry type secret is for accessing a container registry.

 A generic type secret indicate an Opaque secret type.

 A tls type secret holds TLS certificate and its associated key.)--",
     "",
     R"--(kctl create secret (docker-registry | generic | tls) [options])--"},
    {"create secret docker-registry",
     R"--(Create a new secret for use with Docker registries.
)--"
     "        \n"
     R"--(        Dockercfg secrets are used to authenticate against Docker registries.
)--"
     "        \n"
     R"--(        When using the Docker command line to push images, you can authenticate to a given registry by running:
        '$ docker login DOCKER_REGISTRY_SERVER --username=DOCKER_USER --password=DOCKER_PASSWORD --email=DOCKER_EMAIL'.
)--"
     "        \n"
     R"--( That produces a ~/.dockercfg file that is used by subsequent 'docker push' and 'docker pull' commands to authenticate to the registry. The email address is optional.

        When creating applications, you may have a Docker registry that requires authentication.  In order for the
        nodes to pull images on your behalf, they must have the credentials.  You can provide this information
        by creating a dockercfg secret and attaching it to your service account.)--",
     R"--(# If you do not already have a .dockercfg file, create a dockercfg secret directly
kctl create secret docker-registry my-secret --docker-server=DOCKER_REGISTRY_SERVER --docker-username=DOCKER_USER --docker-password=DOCKER_PASSWORD --docker-email=DOCKER_EMAIL

# Create a new secret named my-secret from ~/.docker/config.json
kctl create secret docker-registry my-secret --from-file=path/to/.docker/config.json)--",
     R"--(kctl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options])--"},
    {"create secret generic",
     R"--(Create a secret based on a file, directory, or specified literal value.

 A single secret may package one or more key/value pairs.

 When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.

 When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).)--",
     R"--(# Create a new secret named my-secret with keys for each file in folder bar
kctl create secret generic my-secret --from-file=path/to/bar

# Create a new secret named my-secret with specified keys instead of names on disk
kctl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-file=ssh-publickey=path/to/id_rsa.pub

# Create a new secret named my-secret with key1=supersecret and key2=topsecret
kctl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret

# Create a new secret named my-secret using a combination of a file and a literal
kctl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-literal=passphrase=topsecret

# Create a new secret named my-secret from env files
kctl create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env)--",
     R"--(kctl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options])--"},
    {"create secret tls",
     R"--(Create a TLS secret from the given public/private key pair.

 The public/private key pair must exist beforehand. The public key certificate must be .PEM encoded and match the given private key.)--",
     R"--(# Create a new TLS secret named tls-secret with the given key pair
kctl create secret tls tls-secret --cert=path/to/tls.crt --key=path/to/tls.key)--",
     R"--(kctl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options])--"},
    {"create service",
     R"--(Create a service using a specified subcommand.)--",
     "",
     R"--(kctl create service [flags] [options])--"},
    {"create service clusterip",
     R"--(Create a ClusterIP service with the specified name.)--",
     R"--(# Create a new ClusterIP service named my-cs
kctl create service clusterip my-cs --tcp=5678:8080

# Create a new ClusterIP service named my-cs (in headless mode)
kctl create service clusterip my-cs --clusterip="None")--",
     R"--(kctl create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options])--"},
    {"create service externalname",
     R"--(Create an ExternalName service with the specified name.

 ExternalName service references to an external DNS address instead of only pods, which will allow application authors to reference services that exist off platform, on other clusters, or locally.)--",
     R"--(# Create a new ExternalName service named my-ns
kctl create service externalname my-ns --external-name bar.com)--",
     R"--(kctl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options])--"},
    {"create service loadbalancer",
     R"--(Create a LoadBalancer service with the specified name.)--",
     R"--(# Create a new LoadBalancer service named my-lbs
kctl create service loadbalancer my-lbs --tcp=5678:8080)--",
     R"--(kctl create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options])--"},
    {"create service nodeport",
     R"--(Create a NodePort service with the specified name.)--",
     R"--(# Create a new NodePort service named my-ns
kctl create service nodeport my-ns --tcp=5678:8080)--",
     R"--(kctl create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options])--"},
    {"create serviceaccount",
     R"--(Create a service account with the specified name.)--",
     R"--(# Create a new service account named my-service-account
kctl create serviceaccount my-service-account)--",
     R"--(kctl create serviceaccount NAME [--dry-run=server|client|none] [options])--"},
  };
  return kTexts;
}

}  // namespace kctl::cmd
