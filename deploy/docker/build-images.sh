#!/usr/bin/env bash
# deploy/docker/build-images.sh [SERVICE...]: builds the services' runnable images on this machine, without any public
# container registry, into the local container storage (podman/buildah; docker when its daemon answers):
#   1. the base root filesystem: Debian minbase + curl + ca-certificates + fonts-wqy-zenhei (the PDF documents' Chinese
#      font) by debootstrap from Debian's packages
#      (DEBIAN_MIRROR, default the first Debian archive this machine's apt uses; an intranet mirror, or a dated
#      snapshot of the archive to rebuild the same packages later),
#      its package list checked against deploy/docker/base-packages.lock (UPDATE_BASE_LOCK=1 rewrites the lock after a
#      point release: review the diff);
#   2. a Java 25 runtime linked by jlink from the machine's Temurin JDK 25 (JAVA25_HOME, else /usr/lib/jvm/temurin-25*),
#      the JVM the AOT cache is trained on;
#   3. the base image localhost/qinghai-followup/runtime-base:<suite>-jre<java version> from both
#      (deploy/docker/Dockerfile.base: FROM scratch);
#   4. the aot-jar of each service (./mvnw -pl <service> -am package -DskipTests -Paot; SKIP_MAVEN=1 uses what is built),
#   5. each service image qinghai-followup/<service>:<IMAGE_TAG> (deploy/docker/Dockerfile) whose build trains the
#      AOT cache against AOT_TRAIN_DB_URL (default the local scratch database qinghai_aot_train, created if missing).
# Without arguments all four services. Then deploy/docker/smoke-images.sh starts each image and waits for
# /q/health/ready, and deploy/bundle/build-bundle.sh packs them for an air-gapped cluster.
# Installs what it needs from Debian when missing (root, apt-get): debootstrap, podman, runc (podman builds with
# buildah's library: neither buildah nor umoci is needed as a command).
# Environment: IMAGE_TAG (default the Maven project version), IMAGE_WORK_DIR (default /var/tmp/qinghai-images: rootfs,
# jre and the base context), CONTAINER_TOOL (podman|docker; default podman when installed), DEBIAN_SUITE (bookworm).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/deploy/docker"
WORK="${IMAGE_WORK_DIR:-/var/tmp/qinghai-images}"
SUITE="${DEBIAN_SUITE:-bookworm}"
# the archive apt already uses here (deb822 "URIs:" or a classic "deb URI suite" line)
apt_mirror() {
  { grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}'
    grep -h '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '{print $2}' || true; } | grep -v security | head -1 || true
}
MIRROR="${DEBIAN_MIRROR:-$(apt_mirror)}"
LOCK="$HERE/base-packages.lock"
# What the images need beyond minbase: curl for deploy/aot/train.sh (and an operator's look from inside a pod),
# ca-certificates for TLS to SMTP/webhook endpoints signed by a system CA, fonts-wqy-zenhei for the PDF documents
# (WenQuanYi Zen Hei, GPL-2 with the font embedding exception, at /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc where
# qinghai.documents.font looks by default; without it ?format=pdf answers 503) with fontconfig, which it depends on
# (fontconfig also lets the JVM's font metrics find a font).
BASE_PACKAGES="curl,ca-certificates,fontconfig,fonts-wqy-zenhei"
# java.se plus what Quarkus and the services use at run time: jdk.unsupported (Netty, Vert.x), jdk.charsets (GB18030
# tables from Excel on Chinese Windows), jdk.localedata (zh_CN formats), jdk.crypto.ec, jdk.naming.dns, jdk.zipfs,
# jdk.management/jfr/jcmd (diagnostics in a pod: jcmd <pid> Thread.print, JFR), jdk.net, jdk.security.*.
JRE_MODULES="java.se,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.naming.dns,jdk.zipfs,jdk.management,jdk.jfr,jdk.management.jfr,jdk.jcmd,jdk.net,jdk.security.auth,jdk.security.jgss"
EPOCH=1700000000   # one fixed time for every file of the base archive (reproducible layer)

declare -A PORTS=([project-tracking-service]=8081 [transparency-assessment-service]=8082
                  [action-plan-service]=8083 [medical-alliance-service]=8084)
SERVICES=("$@")
[ ${#SERVICES[@]} -gt 0 ] || SERVICES=(project-tracking-service transparency-assessment-service action-plan-service medical-alliance-service)
for s in "${SERVICES[@]}"; do [ -n "${PORTS[$s]:-}" ] || { echo "build-images.sh: unknown service $s" >&2; exit 2; }; done

log() { printf '[build-images %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { echo "build-images.sh: $*" >&2; exit 1; }

# ---------------------------------------------------------------- tools
. "$HERE/container-tool.sh"
[ -n "$MIRROR" ] || die "no Debian archive known: set DEBIAN_MIRROR"
[ "$(id -u)" = 0 ] || die "debootstrap and the root filesystem need root"
# installed from Debian when missing (deploy/packages.sh): debootstrap; podman and runc come with container-tool.sh
need_packages debootstrap:debootstrap chroot:coreutils tar:tar
JDK=""
for h in "${JAVA25_HOME:-}" $(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sort -rV); do
  if [ -n "$h" ] && [ -x "$h/bin/jlink" ]; then JDK="$h"; break; fi
done
[ -n "$JDK" ] || die "no JDK 25 with jlink (set JAVA25_HOME)"
JAVA_VERSION="$(. "$JDK/release"; echo "${JAVA_RUNTIME_VERSION:-$JAVA_VERSION}")"
IMAGE_TAG="${IMAGE_TAG:-$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)}"
BASE_IMAGE="localhost/qinghai-followup/runtime-base:${SUITE}-jre${JAVA_VERSION//+/_}"
mkdir -p "$WORK"

# ---------------------------------------------------------------- 1. root filesystem
ROOTFS="$WORK/rootfs-$SUITE"
if [ ! -f "$ROOTFS/.complete" ]; then
  log "debootstrap $SUITE (minbase + $BASE_PACKAGES) from $MIRROR"
  rm -rf "$ROOTFS"
  debootstrap --variant=minbase --include="$BASE_PACKAGES" "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log" >&2; die "debootstrap failed (log $WORK/debootstrap.log)"; }
  # the runtime user of the images (uid/gid 185, as the Deployments' runAsUser), home /deployments, no login
  chroot "$ROOTFS" groupadd --system --gid 185 app
  chroot "$ROOTFS" useradd --system --uid 185 --gid 185 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin app
  # nothing of apt's download state or documentation in the image, except each package's copyright file (the
  # licences of what the image distributes, the font's GPL-2 with its embedding exception among them)
  rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/* \
         "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/info/* "$ROOTFS"/var/log/*.log "$ROOTFS"/var/cache/debconf/*-old
  find "$ROOTFS"/usr/share/doc -mindepth 1 \( -type f -o -type l \) ! -name copyright -delete
  find "$ROOTFS"/usr/share/doc -mindepth 1 -type d -empty -delete
  touch "$ROOTFS/.complete"
fi
chroot "$ROOTFS" dpkg-query -W -f '${Package} ${Version}\n' | LC_ALL=C sort >"$WORK/packages.now"
if [ "${UPDATE_BASE_LOCK:-0}" = 1 ] || [ ! -f "$LOCK" ]; then
  { echo "# Debian $SUITE packages of the image base (deploy/docker/build-images.sh checks the root filesystem against it)."
    cat "$WORK/packages.now"; } >"$LOCK"
  log "wrote $LOCK ($(wc -l <"$WORK/packages.now") packages)"
elif ! diff <(grep -v '^#' "$LOCK") "$WORK/packages.now" >"$WORK/packages.diff"; then
  cat "$WORK/packages.diff" >&2
  die "the root filesystem's packages differ from $LOCK (above): a Debian point release; review, then UPDATE_BASE_LOCK=1"
fi

# ---------------------------------------------------------------- 2. Java runtime
JRE="$WORK/jre-$JAVA_VERSION"
if [ ! -x "$JRE/bin/java" ]; then
  log "jlink $JAVA_VERSION from $JDK"
  rm -rf "$JRE"
  "$JDK/bin/jlink" --add-modules "$JRE_MODULES" --strip-debug --no-header-files --no-man-pages --output "$JRE"
fi

# ---------------------------------------------------------------- 3. base image
CTX="$WORK/base-context"
rm -rf "$CTX"; mkdir -p "$CTX"
tar -C "$ROOTFS" --exclude=./.complete --exclude=./proc/* --exclude=./sys/* --exclude=./dev/* \
    --sort=name --mtime="@$EPOCH" --numeric-owner --owner=0 --group=0 -cf "$CTX/rootfs.tar" .
cp -a "$JRE" "$CTX/jre"
find "$CTX/jre" -exec touch -h -d "@$EPOCH" {} +
log "base image $BASE_IMAGE"
"$CONTAINER_TOOL" build -q -f "$HERE/Dockerfile.base" --build-arg JAVA_VERSION="$JAVA_VERSION" \
  --build-arg DEBIAN_SUITE="$SUITE" -t "$BASE_IMAGE" "$CTX" >/dev/null
# the alias Dockerfile's default BASE_IMAGE names (docker compose up --build passes no BASE_IMAGE): the latest base built here
"$CONTAINER_TOOL" tag "$BASE_IMAGE" "localhost/qinghai-followup/runtime-base:${SUITE}-jre25"
base_java="$("$CONTAINER_TOOL" run --rm "$BASE_IMAGE" java -version 2>&1)" || die "the base image does not run java: $base_java"
echo "[base] ${base_java%%$'\n'*}" >&2

# ---------------------------------------------------------------- 4./5. services
TRAIN_DB_URL="${AOT_TRAIN_DB_URL:-jdbc:postgresql://127.0.0.1:5432/qinghai_aot_train}"
if [ -z "${AOT_TRAIN_DB_URL:-}" ] && command -v psql >/dev/null \
   && [ "$(psql -h 127.0.0.1 -U "${AOT_TRAIN_DB_USER:-postgres}" -d postgres -tAc "select 1 from pg_database where datname='qinghai_aot_train'")" != 1 ]; then
  psql -h 127.0.0.1 -U "${AOT_TRAIN_DB_USER:-postgres}" -d postgres -qc 'create database qinghai_aot_train'
fi
cd "$ROOT"
for s in "${SERVICES[@]}"; do
  if [ "${SKIP_MAVEN:-0}" != 1 ]; then
    log "$s: ./mvnw -pl $s -am package -DskipTests -Paot"
    ./mvnw -B -ntp -q -pl "$s" -am package -DskipTests -Paot
  fi
  [ -f "$s/target/quarkus-app-aot/quarkus-run.jar" ] || die "$s/target/quarkus-app-aot missing (build with -Paot)"
  port=${PORTS[$s]}
  log "$s: image qinghai-followup/$s:$IMAGE_TAG (training the AOT cache on $TRAIN_DB_URL)"
  "$CONTAINER_TOOL" build --network=host -f deploy/docker/Dockerfile --ignorefile deploy/docker/Dockerfile.dockerignore \
    --build-arg BASE_IMAGE="$BASE_IMAGE" --build-arg SERVICE="$s" --build-arg PORT="$port" \
    --build-arg MANAGEMENT_PORT="$((port + 1000))" --build-arg AOT_TRAIN_DB_URL="$TRAIN_DB_URL" \
    --build-arg AOT_TRAIN_DB_USER="${AOT_TRAIN_DB_USER:-postgres}" --build-arg AOT_TRAIN_DB_PASSWORD="${AOT_TRAIN_DB_PASSWORD:-postgres}" \
    --label "org.opencontainers.image.version=$IMAGE_TAG" --label "org.opencontainers.image.base.name=$BASE_IMAGE" \
    -t "qinghai-followup/$s:$IMAGE_TAG" . >"$WORK/build-$s.log" 2>&1 \
    || { tail -30 "$WORK/build-$s.log" >&2; die "$s: image build failed (log $WORK/build-$s.log)"; }
  log "$s: $("$CONTAINER_TOOL" image inspect --format '{{.Id}} {{.Size}}' "qinghai-followup/$s:$IMAGE_TAG") (id, bytes)"
done
