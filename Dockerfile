# The platform's services in one container; Kafka and PostgreSQL come from docker-compose.yml.
FROM python:3.11-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -e . && useradd --create-home rathaus && chown -R rathaus /app
USER rathaus
ENV RATHAUS_BIND=0.0.0.0
CMD ["rathaus", "run"]
