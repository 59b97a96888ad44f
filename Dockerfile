# The platform's services in one container; Kafka, PostgreSQL and Redis come from docker-compose.yml. On
# Debian's Python 3.11, from the official Debian image or, with IMAGE_REGISTRY=localhost, from the one
# `rathaus images` makes with debootstrap (docs/decisions/0028).
ARG IMAGE_REGISTRY=docker.io
FROM ${IMAGE_REGISTRY}/library/debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-venv ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 rathaus
WORKDIR /app
# pip trusts what the system trusts (Debian's authorities and any the base image adds)
ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt
# every package as pinned, each checked against its hash (requirements.lock), before the sources, so a change
# of code does not install them again
COPY requirements.lock .
RUN python3 -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir --require-hashes -r requirements.lock
COPY . .
RUN /opt/venv/bin/pip install --no-cache-dir --no-deps -e . && mkdir -p var && chown -R rathaus /app
ENV PATH=/opt/venv/bin:$PATH RATHAUS_BIND=0.0.0.0
ENTRYPOINT ["/app/infra/docker/start-platform.sh"]
CMD ["rathaus", "run"]
