# The hadath image: the official Airflow image with this project installed,
# used by every Airflow service in docker-compose.yml.
# Build: docker compose build   (or: docker build -t hadath-airflow .)
FROM apache/airflow:3.3.2-python3.11

# Extra pip packages baked into the image, e.g. "s3fs" so that
# HADATH_WAREHOUSE=s3://bucket/prefix works (fsspec picks the filesystem by
# the URI scheme; credentials come from the usual AWS_* environment).
ARG EXTRA_PIP_PACKAGES=""

USER airflow
COPY --chown=airflow:0 . /opt/airflow/hadath

# camel-tools goes in with --no-deps: its hard torch/transformers requirements
# would pull multi-GB wheels for BERT parts that cannot load offline anyway;
# its light dependencies are listed in pyproject.toml. Pinning apache-airflow
# to the image's own version keeps pip from moving Airflow while it resolves
# the project's dependencies (the official "extend the image" recipe).
RUN pip install --no-cache-dir --no-deps "camel-tools==1.6.0" \
 && pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" /opt/airflow/hadath ${EXTRA_PIP_PACKAGES}

# The DAG and the plugin (the event browser in the UI) are baked in so the
# image runs on its own; compose mounts the working tree's dags/ and plugins/
# over them for development.
COPY --chown=airflow:0 dags/ /opt/airflow/dags/
COPY --chown=airflow:0 plugins/ /opt/airflow/plugins/
