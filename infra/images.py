"""Container images made on this machine, for where no image registry is reachable (docs/decisions/0028).

A Debian base comes from debootstrap and `docker import`; on it Kafka (the jars infra/kafka/pom.xml
resolves), PostgreSQL and Redis from Debian's packages. Each is named as the official image it stands in
for under the registry name `localhost`, so `IMAGE_REGISTRY=localhost` is all docker-compose.yml and the
test fixtures need to use them instead. The platform's own image is built from the project's Dockerfile on
whichever base that variable picks."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from infra.broker import LOG4J, POM, fetch_jars
from infra.processes import start_detached, wait_until
from infra.virus_scanner import OWN_SIGNATURES
from shared.kernel.config import VAR

ROOT = Path(__file__).resolve().parent.parent
RECIPES = Path(__file__).resolve().parent / "docker"
LOCAL = "localhost"
SUITE = "bookworm"
KAFKA_VERSION = re.search(r"<kafka\.version>(.+?)</kafka\.version>", POM.read_text()).group(1)  # type: ignore[union-attr]
# what each stands in for, as docker-compose.yml names them after the registry
STAND_INS = {
    "debian": f"library/debian:{SUITE}-slim",
    "kafka": f"apache/kafka:{KAFKA_VERSION}",
    "postgres": "library/postgres:15",
    "redis": "library/redis:7",
    "clamav": "clamav/clamav:1.4",
}
ENGINE_HOME = VAR / "docker"


def registry() -> str:
    """Where the images come from: `docker.io` (the default) or `localhost`, the ones made here."""
    return os.environ.get("IMAGE_REGISTRY", "docker.io")


def image(name: str, source: str | None = None) -> str:
    """The full name of one of the images the platform runs on, from `source` or the registry chosen."""
    return f"{source or registry()}/{STAND_INS[name]}"


def engine_answers() -> bool:
    docker = shutil.which("docker")
    if docker is None:
        return False
    return subprocess.run([docker, "info"], capture_output=True).returncode == 0


def can_start_engine() -> bool:
    return shutil.which("dockerd") is not None and os.geteuid() == 0


def start_engine() -> None:
    """A Docker engine, started here when none answers (it needs root). Without iptables: the machine's
    network may refuse the rules, and nothing here needs a container to reach out (images are built on the
    host's network, containers talk on their own bridge)."""
    if engine_answers():
        return
    if not can_start_engine():
        raise RuntimeError("no Docker engine answers; start one (`dockerd` as root) or install docker.io")
    start_detached(
        ["dockerd", "--iptables=false", "--ip6tables=false"],
        ENGINE_HOME / "dockerd.log",
        ENGINE_HOME / "dockerd.pid",
        umask=0o022,  # containers' users must read what the engine unpacks for them
    )
    wait_until(engine_answers, 60, f"the Docker engine (see {ENGINE_HOME / 'dockerd.log'})", interval=0.5)


def exists(name: str) -> bool:
    return subprocess.run(["docker", "image", "inspect", name], capture_output=True).returncode == 0


def build_base(mirror: str = "http://deb.debian.org/debian") -> str:
    """Debian's minimal system from its packages, imported as an image; made once."""
    name = image("debian", LOCAL)
    if exists(name):
        return name
    if os.geteuid() != 0:
        raise RuntimeError("debootstrap needs root: run `rathaus images` as root")
    if shutil.which("debootstrap") is None:
        raise RuntimeError("debootstrap is missing: apt-get install debootstrap")
    ENGINE_HOME.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=ENGINE_HOME) as scratch:
        root = Path(scratch) / "rootfs"
        print(f"debootstrap {SUITE} from {mirror} …", flush=True)
        subprocess.run(
            ["debootstrap", "--variant=minbase", SUITE, str(root), mirror],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        for leftover in ("var/cache/apt/archives", "var/lib/apt/lists"):
            for path in (root / leftover).glob("*"):
                if path.is_file():
                    path.unlink()
        # The authorities this machine trusts beyond Debian's (a proxy that inspects TLS, a town's own CA),
        # so that builds on the base reach PyPI as the host does; Debian's ca-certificates adds them
        authorities = Path("/usr/local/share/ca-certificates")
        if authorities.is_dir():
            shutil.copytree(authorities, root / authorities.relative_to("/"), dirs_exist_ok=True)
        tar = subprocess.Popen(["tar", "-C", str(root), "-c", "."], stdout=subprocess.PIPE)
        imported = ["docker", "import", "--change", 'CMD ["bash"]', "-", name]
        subprocess.run(imported, stdin=tar.stdout, check=True)
        if tar.wait() != 0:
            raise RuntimeError("tar of the debootstrapped system failed")
    return name


def build(name: str, context: Path) -> str:
    """One stand-in from its recipe in infra/docker/, on the local base; Docker's cache makes a rebuild of
    an unchanged recipe quick. Built on the host's network, which reaches Debian's packages."""
    tag = image(name, LOCAL)
    subprocess.run(
        ["docker", "build", "--quiet", "--network", "host", "--build-arg", f"IMAGE_REGISTRY={LOCAL}"]
        + ["--tag", tag, str(context)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return tag


def kafka_context() -> Path:
    """The Kafka recipe with the broker's jars and logging set-up beside it, as its build needs them."""
    context = ENGINE_HOME / "kafka"
    shutil.rmtree(context, ignore_errors=True)
    shutil.copytree(RECIPES / "kafka", context)
    shutil.copytree(fetch_jars(), context / "libs", ignore=shutil.ignore_patterns(".*"))
    shutil.copy(LOG4J, context)
    return _readable(context)


def build_all() -> list[str]:
    """Every stand-in image, base first."""
    start_engine()
    made = [build_base()]
    print("Kafka, PostgreSQL, Redis and ClamAV images …", flush=True)
    made.append(build("kafka", kafka_context()))
    made.extend(build(name, RECIPES / name) for name in ("postgres", "redis"))
    made.append(build("clamav", clamav_context()))
    return made


def clamav_context() -> Path:
    """The ClamAV recipe with the project's own signatures beside it."""
    context = ENGINE_HOME / "clamav"
    shutil.rmtree(context, ignore_errors=True)
    shutil.copytree(RECIPES / "clamav", context)
    shutil.copy(OWN_SIGNATURES, context)
    return _readable(context)


def _readable(context: Path) -> Path:
    """var/ is private to its owner; the image's user must read what a build context copies from it."""
    for path in context.rglob("*"):
        path.chmod(path.stat().st_mode | 0o444 | (0o111 if path.is_dir() else 0))
    return context


def compose_command() -> list[str]:
    """Docker's compose plugin where it is installed, else Debian's docker-compose."""
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    raise RuntimeError("no `docker compose` and no docker-compose: apt-get install docker-compose")
