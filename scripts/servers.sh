#!/usr/bin/env bash
# Real Docker-API servers for the dockerapi integration tests (Debian 12, root, offline except the
# Debian archive).
#
#   scripts/servers.sh install   # apt packages + Docker 28.5 unpacked from Debian sid (once per machine)
#   scripts/servers.sh up        # start whatever is not already running and healthy; write the facts
#   scripts/servers.sh status    # report each server; exit 1 if one is not healthy
#   scripts/servers.sh down      # stop what 'up' started (pid files), remove namespaces, mounts, state
#
# Everything lives under $DOCKERAPI_SERVERS_DIR (default /tmp/dockerapi-servers). 'up' writes
#   $DIR/servers.json   connection facts for the tests (tests/servers.py reads it)
#   $DIR/env            the same as shell exports (source it)
#
# What 'up' runs:
#   docker20  dockerd 20.10 (bookworm docker.io), unix socket, main network namespace; it also serves
#             mutual TLS on 127.0.0.1:2376 and is what ssh://root@127.0.0.1:2222 reaches
#   docker28  dockerd 28.5 (Debian sid, unpacked, not installed) in netns dockerapi-d28, swarm manager
#   podman    podman 4.3 Docker-compatible service, main network namespace
#   swarm     a second dockerd 20.10 in netns dockerapi-swarm, swarm manager
#   registry  registry 2.8 with htpasswd auth on 127.0.0.1:5000, one per network namespace above
#   sshd      127.0.0.1:2222, 'docker system dial-stdio' on the far side reaches docker20
# Every engine gets busybox:latest and busybox:1.35, built offline from busybox-static.
#
# Host leftovers after 'down': the main-namespace dockerd creates docker0 and the DOCKER* iptables
# chains, podman/netavark may create podman0 and NETAVARK* chains; 'down' deletes them when they did
# not exist before 'up' (recorded in $DIR/host-owned). Empty cgroup directories (/sys/fs/cgroup/docker,
# libpod_parent) may remain; they are harmless.
set -euo pipefail

DIR=${DOCKERAPI_SERVERS_DIR:-/tmp/dockerapi-servers}
CACHE=${DOCKERAPI_CACHE_DIR:-/var/cache/dockerapi}
SID=$CACHE/sid                     # Docker 28.5 from Debian sid, unpacked into $SID/root
NS_D28=dockerapi-d28
NS_SWARM=dockerapi-swarm
TLS_PORT=2376
SSH_PORT=2222
REG_ADDR=127.0.0.1:5000
REG_USER=testuser
IMAGE_ENV='PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
APT_PACKAGES=(docker.io containerd runc tini busybox-static openssh-server openssh-client podman conmon
  catatonit netavark aardvark-dns docker-registry apache2-utils curl openssl iproute2 iptables util-linux
  ca-certificates)

# short sub-directories: unix socket paths must stay under 108 bytes
D20=$DIR/d20 D28=$DIR/d28 POD=$DIR/pod SWARM=$DIR/swarm SSHD=$DIR/ssh CERTS=$DIR/certs REG=$DIR/reg

T_START=$SECONDS
log() { printf '[servers %(%T)T +%3ss] %s\n' -1 "$((SECONDS - T_START))" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# step NAME CMD...: run CMD and report how long it took
step() {
  local name=$1 t0=$SECONDS; shift
  "$@" || die "$name failed"
  log "$name: $((SECONDS - t0))s"
}

docker_cli() {  # the docker CLI: /usr/local/bin/docker (28.x) when present, else bookworm's 20.10
  if [ -x /usr/local/bin/docker ]; then /usr/local/bin/docker "$@"; else /usr/bin/docker "$@"; fi
}

# --- health checks -----------------------------------------------------------------------------------

ping_unix() {  # SOCKET
  [ -S "$1" ] && [ "$(curl -fsS --max-time 3 --unix-socket "$1" http://localhost/_ping 2>/dev/null)" = OK ]
}

wait_for() {  # SECONDS DESCRIPTION CMD...: poll CMD every 0.1 s
  local secs=$1 what=$2; shift 2
  local i
  for ((i = 0; i < secs * 10; i++)); do
    "$@" && return 0
    sleep 0.1
  done
  log "timed out after ${secs}s waiting for $what"
  return 1
}

pid_alive() {  # PIDFILE: the process exists and is not a zombie
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ -e "/proc/$pid" ] && [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ]
}

tls_ok() {
  [ "$(curl -fsS --max-time 3 --cacert "$CERTS/ca.pem" --cert "$CERTS/cert.pem" --key "$CERTS/key.pem" \
    "https://127.0.0.1:$TLS_PORT/_ping" 2>/dev/null)" = OK ]
}

registry_ok() {  # [NETNS]: /v2/ answers 401 (auth required) on 127.0.0.1:5000 of that namespace
  local code
  if [ -n "${1:-}" ]; then
    code=$(nsenter --net="/run/netns/$1" -- curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://$REG_ADDR/v2/")
  else
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://$REG_ADDR/v2/")
  fi
  [ "$code" = 401 ]
}

ssh_ok() {
  [ "$(/usr/bin/ssh -F "$SSHD/ssh_config" -p "$SSH_PORT" root@127.0.0.1 echo ok </dev/null 2>/dev/null)" = ok ]
}

netns_exists() { [ -e "/run/netns/$1" ]; }

# --- install -----------------------------------------------------------------------------------------

install_apt() {
  export DEBIAN_FRONTEND=noninteractive
  # Packages must not start system services (system dockerd, registry on :5000, sshd on :22): they would
  # clash with ours. Debian's invoke-rc.d asks policy-rc.d; add a denying one only for this install.
  local own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; own_policy=1
  fi
  local rc=0
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null; } || rc=$?
  [ "$own_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  return "$rc"
}

fetch_sid_docker() {  # docker.io + containerd from sid, downloaded and unpacked; NOT installed
  if [ -x "$SID/root/usr/sbin/dockerd" ]; then log "docker 28 already unpacked in $SID/root"; return 0; fi
  rm -rf "$SID/root" "$SID/debs"
  mkdir -p "$SID/lists/partial" "$SID/sources" "$SID/debs"
  cat >"$SID/sources/sid.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # private source list and package lists: the system's apt configuration is left untouched
  local opts=(-o Dir::Etc::sourcelist=/dev/null -o "Dir::Etc::sourceparts=$SID/sources"
    -o "Dir::State::lists=$SID/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=
    -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update -qq
  (cd "$SID/debs" && apt-get "${opts[@]}" download -qq docker.io/sid containerd/sid)
  local deb
  for deb in "$SID"/debs/*.deb; do dpkg-deb -x "$deb" "$SID/root"; done
  # sid's runc (if any) needs a newer glibc than bookworm's: use bookworm's /usr/sbin/runc instead
  rm -f "$SID/root/usr/sbin/runc" "$SID/root/usr/bin/runc"
  "$SID/root/usr/sbin/dockerd" --version >&2
}

cmd_install() {
  step "apt-get install" install_apt
  step "fetch docker 28 (sid)" fetch_sid_docker
  log "install done in $((SECONDS - T_START))s"
}

installed() {  # everything 'up' needs is on this machine
  local b
  for b in /usr/sbin/dockerd /usr/bin/podman /usr/bin/docker-registry /usr/bin/htpasswd /usr/sbin/sshd \
           /bin/busybox /usr/sbin/runc /usr/bin/curl /usr/bin/openssl "$SID/root/usr/sbin/dockerd"; do
    [ -x "$b" ] || return 1
  done
}

# --- pieces of 'up' ----------------------------------------------------------------------------------

record_host_state() {  # remember which host-wide leftovers 'down' may delete (those 'up' creates)
  [ -f "$DIR/host-owned" ] && return 0
  {
    ip link show docker0 >/dev/null 2>&1 || echo link:docker0
    ip link show podman0 >/dev/null 2>&1 || echo link:podman0
    iptables -t filter -S 2>/dev/null | grep -q -- '-N DOCKER' || echo chains:DOCKER
    iptables -t filter -S 2>/dev/null | grep -q -- '-N NETAVARK' || echo chains:NETAVARK
    iptables -t filter -S FORWARD 2>/dev/null | awk '$1=="-P" {print "policy:FORWARD:" $3}'
  } >"$DIR/host-owned"
}

make_rootfs() {  # $DIR/img/rootfs.tar: busybox with every applet linked, minimal /etc
  local r=$DIR/img/rootfs
  [ -s "$DIR/img/rootfs.tar" ] && return 0
  rm -rf "$r"
  mkdir -p "$r"/{bin,sbin,usr/bin,usr/sbin,etc,root,home,tmp,var/tmp,proc,sys,dev}
  chmod 1777 "$r/tmp" "$r/var/tmp"
  cp /bin/busybox "$r/bin/busybox"
  chroot "$r" /bin/busybox --install -s
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n' >"$r/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$r/etc/group"
  tar -C "$r" -cf "$DIR/img/rootfs.tar.tmp" .
  mv "$DIR/img/rootfs.tar.tmp" "$DIR/img/rootfs.tar"
}

has_image() {  # SOCKET NAME
  curl -fsS --max-time 5 -o /dev/null --unix-socket "$1" "http://localhost/images/$2/json" 2>/dev/null
}

import_images() {  # SOCKET
  local sock=$1
  if ! has_image "$sock" busybox:latest; then
    DOCKER_HOST=unix://$sock docker_cli import --change 'CMD ["sh"]' --change "ENV $IMAGE_ENV" \
      "$DIR/img/rootfs.tar" busybox:latest >/dev/null || return 1
  fi
  has_image "$sock" busybox:1.35 || DOCKER_HOST=unix://$sock docker_cli tag busybox:latest busybox:1.35
}

gen_certs() {  # CA + server cert + client cert, and a foreign CA with its own client cert
  [ -s "$CERTS/ca.pem" ] && [ -s "$CERTS/wrong/key.pem" ] && return 0
  rm -rf "$CERTS"; mkdir -p "$CERTS/wrong" "$CERTS/work"
  local w=$CERTS/work
  cat >"$w/ca.ext" <<'EOF'
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
EOF
  cat >"$w/server.ext" <<'EOF'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
EOF
  cat >"$w/client.ext" <<'EOF'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
EOF
  newkey() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
  mkca() {  # KEY CERT CN
    newkey "$1"
    openssl req -new -key "$1" -subj "/CN=$3" -out "$w/ca.csr"
    openssl x509 -req -in "$w/ca.csr" -signkey "$1" -days 3650 -sha256 -extfile "$w/ca.ext" -out "$2" 2>/dev/null
  }
  issue() {  # KEY CERT CN EXT CAKEY CACERT
    newkey "$1"
    openssl req -new -key "$1" -subj "/CN=$3" -out "$w/leaf.csr"
    openssl x509 -req -in "$w/leaf.csr" -CA "$6" -CAkey "$5" -set_serial "0x$(openssl rand -hex 8)" \
      -days 3650 -sha256 -extfile "$4" -out "$2" 2>/dev/null
  }
  mkca "$w/ca-key.pem" "$CERTS/ca.pem" "dockerapi test CA"
  mkca "$w/wrong-ca-key.pem" "$CERTS/wrong/ca.pem" "dockerapi foreign CA"
  issue "$CERTS/server-key.pem" "$CERTS/server-cert.pem" localhost "$w/server.ext" "$w/ca-key.pem" "$CERTS/ca.pem"
  # DOCKER_CERT_PATH layout: ca.pem, cert.pem, key.pem (client side); the same under wrong/ for the foreign CA
  issue "$CERTS/key.pem" "$CERTS/cert.pem" dockerapi-client "$w/client.ext" "$w/ca-key.pem" "$CERTS/ca.pem"
  issue "$CERTS/wrong/key.pem" "$CERTS/wrong/cert.pem" intruder "$w/client.ext" \
    "$w/wrong-ca-key.pem" "$CERTS/wrong/ca.pem"
  chmod 600 "$CERTS"/*key.pem "$CERTS"/wrong/key.pem "$w"/*key.pem
  openssl verify -CAfile "$CERTS/ca.pem" "$CERTS/server-cert.pem" "$CERTS/cert.pem" >/dev/null
}

start_bg() {  # PIDFILE LOG CMD...: run CMD detached (own session), stdin closed
  local pidfile=$1 logf=$2; shift 2
  # 9>&-: the daemon must not inherit (and so hold forever) the lock of this script
  setsid "$@" </dev/null >"$logf" 2>&1 9>&- &
  echo $! >"$pidfile"
}

cleanup_exec_root() {  # DIR: unmount what a dead dockerd left under its directory
  grep -o " $1/[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
}

start_dockerd() {  # NAME DIR NETNS(or -) PATH_PREFIX(or -) [extra dockerd args]
  local name=$1 d=$2 ns=$3 pathpre=$4; shift 4
  if pid_alive "$d/docker.pid" && ping_unix "$d/docker.sock"; then log "$name already up"; return 0; fi
  stop_pidfile "$d/docker.pid" 20
  cleanup_exec_root "$d"
  rm -rf "$d/exec" "$d/docker.sock"
  mkdir -p "$d/data" "$d/exec"
  local wrap=()
  if [ "$ns" != - ]; then
    if ! netns_exists "$ns"; then ip netns add "$ns"; fi
    ip -n "$ns" link set lo up
    # nsenter, not 'ip netns exec': the latter remounts /sys and hides the cgroup mounts from dockerd
    wrap=(nsenter "--net=/run/netns/$ns" --)
  fi
  local path=$PATH
  [ "$pathpre" != - ] && path=$pathpre:$PATH
  PATH=$path start_bg "$d/launcher.pid" "$d/dockerd.log" "${wrap[@]}" dockerd \
    --host "unix://$d/docker.sock" --data-root "$d/data" --exec-root "$d/exec" --pidfile "$d/docker.pid" \
    "$@"
  wait_for 60 "$name" ping_unix "$d/docker.sock" || { tail -n 30 "$d/dockerd.log" >&2; return 1; }
}

swarm_init() {  # SOCKET
  local state
  state=$(curl -sS --max-time 5 --unix-socket "$1" http://localhost/info | python3 -c \
    'import json,sys; print(json.load(sys.stdin)["Swarm"]["LocalNodeState"])')
  [ "$state" = active ] && return 0
  DOCKER_HOST=unix://$1 docker_cli swarm init --advertise-addr 127.0.0.1 >/dev/null
}

start_docker20() {
  start_dockerd docker20 "$D20" - - --host "tcp://127.0.0.1:$TLS_PORT" --tlsverify \
    --tlscacert "$CERTS/ca.pem" --tlscert "$CERTS/server-cert.pem" --tlskey "$CERTS/server-key.pem" &&
    wait_for 10 "TLS listener" tls_ok && import_images "$D20/docker.sock"
}

start_docker28() {
  # its own containerd/shim/docker-proxy first on PATH; runc is bookworm's (/usr/sbin/runc)
  start_dockerd docker28 "$D28" "$NS_D28" "$SID/root/usr/sbin:$SID/root/usr/bin" &&
    import_images "$D28/docker.sock" && swarm_init "$D28/docker.sock"
}

start_swarm() {
  start_dockerd swarm "$SWARM" "$NS_SWARM" - && import_images "$SWARM/docker.sock" &&
    swarm_init "$SWARM/docker.sock"
}

start_podman() {
  if pid_alive "$POD/service.pid" && ping_unix "$POD/podman.sock"; then log "podman already up"; return 0; fi
  stop_pidfile "$POD/service.pid" 20
  mkdir -p "$POD"/{root,run,tmp,net}
  rm -f "$POD/podman.sock"
  # No CAP_SYS_RESOURCE here: podman's default container ulimits (nofile 1048576, nproc 4194304) would
  # fail in runc with EPERM, so cap them at this machine's hard limits.
  local nofile nproc
  nofile=$(ulimit -Hn); nproc=$(ulimit -Hu)
  [ "$nofile" = unlimited ] && nofile=1048576
  if [ "$nproc" = unlimited ] || [ "$nproc" -gt 32768 ]; then nproc=32768; fi
  cat >"$POD/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"

[network]
network_backend = "netavark"
EOF
  cat >"$POD/registries.conf" <<EOF
unqualified-search-registries = ["docker.io"]

[[registry]]
location = "$REG_ADDR"
insecure = true
EOF
  start_bg "$POD/service.pid" "$POD/service.log" env CONTAINERS_CONF="$POD/containers.conf" \
    CONTAINERS_REGISTRIES_CONF="$POD/registries.conf" podman --root "$POD/root" --runroot "$POD/run" \
    --tmpdir "$POD/tmp" --network-config-dir "$POD/net" system service --time=0 "unix://$POD/podman.sock"
  wait_for 60 podman ping_unix "$POD/podman.sock" || { tail -n 30 "$POD/service.log" >&2; return 1; }
}

registry_setup() {  # htpasswd + password, shared by every registry instance
  mkdir -p "$REG"
  [ -s "$REG/password" ] || echo "testpass-$(openssl rand -hex 6)" >"$REG/password"
  [ -s "$REG/htpasswd" ] || htpasswd -Bbn "$REG_USER" "$(cat "$REG/password")" >"$REG/htpasswd"
}

start_registry() {  # NAME NETNS(or -)
  local name=$1 ns=$2 r=$REG/$1
  local nsarg=
  [ "$ns" != - ] && nsarg=$ns
  if pid_alive "$r/registry.pid" && registry_ok "$nsarg"; then log "registry $name already up"; return 0; fi
  stop_pidfile "$r/registry.pid" 10
  mkdir -p "$r/data"
  cat >"$r/config.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $r/data
  delete:
    enabled: true
http:
  addr: $REG_ADDR
  secret: dockerapi-$(openssl rand -hex 8)
auth:
  htpasswd:
    realm: dockerapi-registry
    path: $REG/htpasswd
EOF
  local wrap=()
  [ "$ns" != - ] && wrap=(nsenter "--net=/run/netns/$ns" --)
  start_bg "$r/registry.pid" "$r/registry.log" "${wrap[@]}" docker-registry serve "$r/config.yml"
  wait_for 30 "registry $name" registry_ok "$nsarg" || { tail -n 20 "$r/registry.log" >&2; return 1; }
}

start_sshd() {
  if pid_alive "$SSHD/sshd.pid" && ssh_ok; then log "sshd already up"; return 0; fi
  stop_pidfile "$SSHD/sshd.pid" 10
  mkdir -p "$SSHD/bin" /run/sshd
  chmod 700 "$SSHD"; chmod 755 /run/sshd
  [ -s "$SSHD/host_key" ] || ssh-keygen -q -t ed25519 -N '' -C dockerapi-host -f "$SSHD/host_key"
  [ -s "$SSHD/id_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C dockerapi-client -f "$SSHD/id_ed25519"
  cp "$SSHD/id_ed25519.pub" "$SSHD/authorized_keys"; chmod 600 "$SSHD/authorized_keys"
  cat >"$SSHD/sshd_config" <<EOF
ListenAddress 127.0.0.1:$SSH_PORT
HostKey $SSHD/host_key
PidFile $SSHD/sshd.pid
AuthorizedKeysFile $SSHD/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
# the keys live below /tmp, whose permissions StrictModes rejects
StrictModes no
# 'docker system dial-stdio' on the server side connects to docker20
SetEnv DOCKER_HOST=unix://$D20/docker.sock
EOF
  echo "[127.0.0.1]:$SSH_PORT $(cut -d' ' -f1,2 "$SSHD/host_key.pub")" >"$SSHD/known_hosts"
  cat >"$SSHD/ssh_config" <<EOF
Host 127.0.0.1 localhost
  Port $SSH_PORT
  User root
  IdentityFile $SSHD/id_ed25519
  IdentitiesOnly yes
  UserKnownHostsFile $SSHD/known_hosts
  StrictHostKeyChecking yes
  BatchMode yes
EOF
  # OpenSSH reads ~/.ssh from the passwd entry, not $HOME: clients that exec plain 'ssh' (the docker CLI,
  # 'use_ssh_client' style transports) find our config through this wrapper first on PATH.
  printf '#!/bin/sh\nexec /usr/bin/ssh -F %s "$@"\n' "$SSHD/ssh_config" >"$SSHD/bin/ssh"
  chmod 755 "$SSHD/bin/ssh"
  /usr/sbin/sshd -t -f "$SSHD/sshd_config"
  start_bg "$SSHD/launcher.pid" "$SSHD/sshd.log" /usr/sbin/sshd -D -e -f "$SSHD/sshd_config"
  wait_for 15 sshd ssh_ok || { tail -n 20 "$SSHD/sshd.log" >&2; return 1; }
  # the far side must have a docker CLI for dial-stdio
  /usr/bin/ssh -F "$SSHD/ssh_config" root@127.0.0.1 'command -v docker' </dev/null >/dev/null ||
    { log "no docker CLI on the ssh server's PATH"; return 1; }
}

api_version() {  # SOCKET -> "Version ApiVersion"
  curl -fsS --max-time 5 --unix-socket "$1" http://localhost/version | python3 -c \
    'import json,sys; v=json.load(sys.stdin); print(v["Version"], v["ApiVersion"])'
}

write_facts() {
  local v20 v28 vpod vsw
  read -r v20 a20 < <(api_version "$D20/docker.sock")
  read -r v28 a28 < <(api_version "$D28/docker.sock")
  read -r vpod apod < <(api_version "$POD/podman.sock")
  read -r vsw asw < <(api_version "$SWARM/docker.sock")
  local pw; pw=$(cat "$REG/password")
  cat >"$DIR/servers.json.tmp" <<EOF
{
  "docker20": {"base_url": "unix://$D20/docker.sock", "api": "$a20", "version": "$v20", "netns": null},
  "docker28": {"base_url": "unix://$D28/docker.sock", "api": "$a28", "version": "$v28", "netns": "$NS_D28", "swarm": true},
  "podman": {"base_url": "unix://$POD/podman.sock", "api": "$apod", "version": "$vpod", "netns": null},
  "swarm": {"base_url": "unix://$SWARM/docker.sock", "api": "$asw", "version": "$vsw", "netns": "$NS_SWARM", "swarm": true},
  "tls": {"base_url": "https://127.0.0.1:$TLS_PORT", "server_daemon": "docker20",
          "cert_dir": "$CERTS", "ca": "$CERTS/ca.pem", "cert": "$CERTS/cert.pem", "key": "$CERTS/key.pem",
          "wrong_cert_dir": "$CERTS/wrong", "wrong_ca": "$CERTS/wrong/ca.pem",
          "wrong_cert": "$CERTS/wrong/cert.pem", "wrong_key": "$CERTS/wrong/key.pem"},
  "ssh": {"base_url": "ssh://root@127.0.0.1:$SSH_PORT", "server_daemon": "docker20",
          "ssh_config": "$SSHD/ssh_config", "bin_dir": "$SSHD/bin", "known_hosts": "$SSHD/known_hosts",
          "identity": "$SSHD/id_ed25519"},
  "registry": {"address": "$REG_ADDR", "url": "http://$REG_ADDR", "username": "$REG_USER", "password": "$pw",
               "podman_address": "localhost:${REG_ADDR##*:}", "reachable_from": ["docker20", "docker28", "swarm", "podman"]},
  "images": ["busybox:latest", "busybox:1.35"]
}
EOF
  python3 -m json.tool "$DIR/servers.json.tmp" >/dev/null
  mv "$DIR/servers.json.tmp" "$DIR/servers.json"
  cat >"$DIR/env" <<EOF
# written by scripts/servers.sh up; source it
export DOCKERAPI_SERVERS_DIR='$DIR'
export DOCKERAPI_SERVERS_JSON='$DIR/servers.json'
export DOCKERAPI_DOCKER20_URL='unix://$D20/docker.sock'
export DOCKERAPI_DOCKER28_URL='unix://$D28/docker.sock'
export DOCKERAPI_PODMAN_URL='unix://$POD/podman.sock'
export DOCKERAPI_SWARM_URL='unix://$SWARM/docker.sock'
export DOCKERAPI_TLS_URL='https://127.0.0.1:$TLS_PORT'
export DOCKERAPI_TLS_CERT_PATH='$CERTS'
export DOCKERAPI_TLS_WRONG_CERT_PATH='$CERTS/wrong'
export DOCKERAPI_SSH_URL='ssh://root@127.0.0.1:$SSH_PORT'
export DOCKERAPI_SSH_CONFIG='$SSHD/ssh_config'
export DOCKERAPI_SSH_BIN='$SSHD/bin'
export DOCKERAPI_REGISTRY='$REG_ADDR'
export DOCKERAPI_REGISTRY_USER='$REG_USER'
export DOCKERAPI_REGISTRY_PASSWORD='$pw'
# for an ssh client that runs plain 'ssh':  export PATH="\$DOCKERAPI_SSH_BIN:\$PATH"
EOF
}

cmd_up() {
  installed || die "missing packages: run 'scripts/servers.sh install' first"
  mkdir -p "$DIR" "$DIR/img"
  # a single lock: two concurrent 'up's would start everything twice
  exec 9>"$DIR/.lock"
  flock -w 120 9 || die "another 'up' or 'down' holds $DIR/.lock"
  record_host_state
  step "rootfs image tarball" make_rootfs
  step "certificates" gen_certs
  step "registry password" registry_setup
  step "docker20 (unix + tls :$TLS_PORT) + images" start_docker20
  step "docker28 (netns $NS_D28) + images + swarm" start_docker28
  step "swarm dockerd 20.10 (netns $NS_SWARM) + images + swarm" start_swarm
  step "podman service + images" start_podman_and_images
  step "registry (main ns)" start_registry main -
  step "registry (netns $NS_D28)" start_registry d28 "$NS_D28"
  step "registry (netns $NS_SWARM)" start_registry swarm "$NS_SWARM"
  step "sshd :$SSH_PORT" start_sshd
  step "facts" write_facts
  log "up in $((SECONDS - T_START))s; facts: $DIR/servers.json (shell: source $DIR/env)"
}

start_podman_and_images() { start_podman && import_images "$POD/podman.sock"; }

# --- status ------------------------------------------------------------------------------------------

cmd_status() {
  local bad=0
  check() {  # NAME CMD...
    local name=$1; shift
    if "$@" 2>/dev/null; then printf '%-16s up\n' "$name"; else printf '%-16s DOWN\n' "$name"; bad=1; fi
  }
  check docker20 ping_unix "$D20/docker.sock"
  check tls tls_ok
  check docker28 ping_unix "$D28/docker.sock"
  check swarm ping_unix "$SWARM/docker.sock"
  check podman ping_unix "$POD/podman.sock"
  check registry registry_ok ""
  check registry-d28 registry_ok "$NS_D28"
  check registry-swarm registry_ok "$NS_SWARM"
  check sshd ssh_ok
  if [ -f "$DIR/servers.json" ]; then echo "facts: $DIR/servers.json"; else echo "facts: none"; bad=1; fi
  return "$bad"
}

# --- down --------------------------------------------------------------------------------------------

stop_pidfile() {  # PIDFILE [SECONDS]: TERM, wait, then KILL
  local pid i
  pid=$(cat "$1" 2>/dev/null) || return 0
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < ${2:-30} * 10; i++)); do
    pid_alive "$1" || return 0
    sleep 0.1
  done
  log "pid $pid ($1) still running after ${2:-30}s: KILL"
  kill -KILL "$pid" 2>/dev/null || true
}

kill_leftovers() {  # processes whose command line names our directory (conmon, shims, aardvark-dns...)
  local p pids=()
  for p in $(grep -l -s -F -- "$DIR/" /proc/[0-9]*/cmdline | cut -d/ -f3); do
    [ "$p" = $$ ] || [ "$p" = "$BASHPID" ] && continue
    [ -e "/proc/$p" ] && pids+=("$p")
  done
  [ ${#pids[@]} -eq 0 ] && return 0
  log "ending leftover processes: ${pids[*]}"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  sleep 1
  kill -KILL "${pids[@]}" 2>/dev/null || true
}

remove_netns() {  # NAME: kill what still runs inside, then delete it
  netns_exists "$1" || return 0
  local pids; pids=$(ip netns pids "$1" 2>/dev/null || true)
  # shellcheck disable=SC2086
  [ -n "$pids" ] && kill -KILL $pids 2>/dev/null || true
  ip netns del "$1"
}

remove_host_leftovers() {  # docker0/podman0, DOCKER*/NETAVARK* chains and FORWARD policy, if 'up' made them
  [ -f "$DIR/host-owned" ] || return 0
  local t prefix link ifname line chain policy
  for link in docker0 podman0; do
    if grep -qx "link:$link" "$DIR/host-owned"; then ip link del "$link" 2>/dev/null || true; fi
  done
  for prefix in DOCKER NETAVARK; do
    grep -qx "chains:$prefix" "$DIR/host-owned" || continue
    ifname=docker0; [ "$prefix" = NETAVARK ] && ifname=podman0
    for t in filter nat; do
      # the jumps from the built-in chains first (lines are shell-quoted: --comment "..."), then the chains
      iptables -t "$t" -S 2>/dev/null |
        grep -E "^-A (INPUT|OUTPUT|FORWARD|PREROUTING|POSTROUTING) .*($prefix|$ifname)" |
        while IFS= read -r line; do eval "iptables -t $t -D ${line#-A }" 2>/dev/null || true; done
      for chain in $(iptables -t "$t" -S 2>/dev/null | awk -v p="^$prefix" '$1=="-N" && $2 ~ p {print $2}'); do
        iptables -t "$t" -F "$chain" 2>/dev/null || true
      done
      for chain in $(iptables -t "$t" -S 2>/dev/null | awk -v p="^$prefix" '$1=="-N" && $2 ~ p {print $2}'); do
        iptables -t "$t" -X "$chain" 2>/dev/null || true
      done
    done
  done
  # dockerd sets the FORWARD policy to DROP; put back what was there before 'up'
  policy=$(sed -n 's/^policy:FORWARD://p' "$DIR/host-owned")
  if [ -n "$policy" ]; then iptables -P FORWARD "$policy" 2>/dev/null || true; fi
}

cmd_down() {
  [ -d "$DIR" ] || { log "nothing to stop ($DIR does not exist)"; remove_netns "$NS_D28"; remove_netns "$NS_SWARM"; return 0; }
  exec 9>"$DIR/.lock"
  flock -w 120 9 || die "another 'up' or 'down' holds $DIR/.lock"
  local r
  for r in main d28 swarm; do stop_pidfile "$REG/$r/registry.pid" 10; done
  stop_pidfile "$SSHD/sshd.pid" 10
  stop_pidfile "$SSHD/launcher.pid" 5
  if [ -f "$POD/service.pid" ]; then  # podman containers (conmon) outlive the API service
    step "podman rm -af" podman_rm_all
  fi
  stop_pidfile "$POD/service.pid" 20
  stop_pidfile "$SWARM/docker.pid" 60 &
  stop_pidfile "$D28/docker.pid" 60 &
  stop_pidfile "$D20/docker.pid" 60 &
  wait
  kill_leftovers
  remove_netns "$NS_D28"
  remove_netns "$NS_SWARM"
  # leftover mounts (netns files under exec-roots, overlay, podman's storage) would make rm -rf fail
  cleanup_exec_root "$DIR"
  remove_host_leftovers
  rm -rf "$DIR"
  log "down in $((SECONDS - T_START))s"
}

podman_rm_all() {
  timeout 60 env CONTAINERS_CONF="$POD/containers.conf" podman --root "$POD/root" --runroot "$POD/run" \
    --tmpdir "$POD/tmp" --network-config-dir "$POD/net" rm -af -t 0 >/dev/null 2>&1 || true
  timeout 60 env CONTAINERS_CONF="$POD/containers.conf" podman --root "$POD/root" --runroot "$POD/run" \
    --tmpdir "$POD/tmp" --network-config-dir "$POD/net" pod rm -af -t 0 >/dev/null 2>&1 || true
}

case "${1:-}" in
  install) cmd_install ;;
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  installed) installed ;;  # exit 0 when 'install' has nothing left to do (used by scripts/test.sh)
  *) echo "usage: $0 install|up|down|status|installed" >&2; exit 2 ;;
esac
