# The platform's services in one container; Kafka and PostgreSQL come from docker-compose.yml.
FROM python:3.11-slim
WORKDIR /app
COPY . .
# every package as pinned, each checked against its hash (requirements.lock), then the project itself
RUN pip install --no-cache-dir --require-hashes -r requirements.lock && pip install --no-cache-dir --no-deps -e . \
    && useradd --create-home rathaus && chown -R rathaus /app
USER rathaus
ENV RATHAUS_BIND=0.0.0.0
CMD ["rathaus", "run"]
