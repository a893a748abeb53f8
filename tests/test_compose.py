"""The production deployment files: docker-compose.yml, Dockerfile, .env.example.

Docker cannot run in CI, so these read the files as data and check what a
broken deployment would get wrong: a missing Airflow 3 component, a wrong
executor, the project not in the image, a secret in the file, a variable
nobody is told to set. `docker compose config` runs where the plugin exists.
"""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
COMPOSE_FILE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
ENV_EXAMPLE = REPO / ".env.example"

AIRFLOW_COMMANDS = {
    "airflow-apiserver": "api-server",
    "airflow-scheduler": "scheduler",
    "airflow-dag-processor": "dag-processor",
    "airflow-worker": "celery worker",
    "airflow-triggerer": "triggerer",
}
LONG_RUNNING = {"postgres", "redis", *AIRFLOW_COMMANDS}
AIRFLOW_SERVICES = {*AIRFLOW_COMMANDS, "airflow-init"}

# ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, ${VAR?message}; $${...} is an escape.
VARIABLE = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}")
SECRET_NAME = re.compile(r"PASSWORD|SECRET|FERNET|TOKEN|_KEY\b|_KEY_ID\b", re.IGNORECASE)
URL_PASSWORD = re.compile(r"://[^:/@\s]*:([^@\s]+)@")


@pytest.fixture(scope="module")
def compose_text() -> str:
    return COMPOSE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def compose(compose_text) -> dict:
    return yaml.safe_load(compose_text)


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def env_example_names() -> set[str]:
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    return {line.split("=", 1)[0].strip() for line in lines if "=" in line and not line.lstrip().startswith("#")}


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined."""
    joined = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    pairs = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, arguments = line.partition(" ")
            pairs.append((instruction.upper(), arguments.strip()))
    return pairs


def container_and_host(volume: str) -> tuple[str, str]:
    """Split a short-syntax volume; the host side may hold ${VAR:-default}."""
    volume = re.sub(r":(ro|rw)$", "", volume)
    host, container = volume.rsplit(":", 1)
    return container, host


def airflow_pin() -> str:
    dependencies = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    return next(dep.split("==")[1] for dep in dependencies if dep.startswith("apache-airflow=="))


def test_all_airflow3_components_and_backends_are_services(services):
    assert {"postgres", "redis", *AIRFLOW_SERVICES} <= services.keys()
    for name, command in AIRFLOW_COMMANDS.items():
        assert services[name]["command"] == command, name
    assert services["postgres"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")


def test_celery_executor_with_postgres_and_redis(services):
    for name in AIRFLOW_SERVICES:
        env = services[name]["environment"]
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://"), name
        assert "@postgres/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"], name
        assert env["AIRFLOW__CELERY__RESULT_BACKEND"].startswith("db+postgresql://"), name
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://") and "@redis:6379" in env["AIRFLOW__CELERY__BROKER_URL"]
        # Airflow 3 workers reach the metadata only through the api-server's execution API.
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/", name


def test_services_start_in_order_and_report_health(services):
    for name in LONG_RUNNING:
        assert services[name]["healthcheck"]["test"], name
    for name in AIRFLOW_SERVICES:
        depends = services[name]["depends_on"]
        assert depends["postgres"]["condition"] == "service_healthy", name
        assert depends["redis"]["condition"] == "service_healthy", name
    for name in AIRFLOW_COMMANDS:
        assert services[name]["depends_on"]["airflow-init"]["condition"] == "service_completed_successfully", name
    assert services["airflow-worker"]["depends_on"]["airflow-apiserver"]["condition"] == "service_healthy"
    init_env = services["airflow-init"]["environment"]
    assert init_env["_AIRFLOW_DB_MIGRATE"] == "true" and init_env["_AIRFLOW_WWW_USER_CREATE"] == "true"


def test_every_airflow_service_runs_the_project_image_with_the_dag(services):
    for name in AIRFLOW_SERVICES:
        service = services[name]
        build = service["build"]
        assert (REPO / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE, name
        mounts = dict(map(container_and_host, service["volumes"]))
        assert (REPO / mounts["/opt/airflow/dags"] / "hadath_events.py").is_file(), name
        assert "/opt/airflow/warehouse" in mounts and "/opt/airflow/input" in mounts, name
        env = service["environment"]
        assert VARIABLE.fullmatch(env["HADATH_WAREHOUSE"]).group(1) == "HADATH_WAREHOUSE", name
        assert VARIABLE.fullmatch(env["HADATH_SOURCES"]).group(1) == "HADATH_SOURCES", name


def test_no_secret_is_written_in_the_compose_file(services):
    for name, service in services.items():
        for key, value in (service.get("environment") or {}).items():
            if value is None:  # passed on from the shell or .env, written nowhere here
                continue
            value = str(value)
            if SECRET_NAME.search(key):
                reference = VARIABLE.fullmatch(value)
                assert reference, f"{name}: {key} must be a ${{VAR}} reference, not a literal"
                assert reference.group(2) != ":-" or not reference.group(3), f"{name}: {key} has a default secret"
            for password in URL_PASSWORD.findall(value):
                reference = VARIABLE.fullmatch(password)
                assert reference and reference.group(2) in (None, "?", ":?"), f"{name}: {key} embeds a password"


def test_env_example_lists_every_variable_the_file_uses(compose_text):
    used = {match.group(1): match.group(2) for match in VARIABLE.finditer(compose_text)}
    required = {name for name, modifier in used.items() if modifier in (None, "?", ":?")}
    listed = env_example_names()
    assert required <= listed, f"not in .env.example: {sorted(required - listed)}"
    assert listed <= used.keys(), f".env.example lists unused: {sorted(listed - used.keys())}"
    assert {"POSTGRES_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_JWT_SECRET", "AIRFLOW_ADMIN_PASSWORD"} <= required


def test_object_storage_settings_are_passed_on_only_when_set(services):
    # An empty AWS_DEFAULT_REGION makes boto build https://s3..amazonaws.com,
    # so no AWS_* variable may default to "": each is passed on (no value) or absent.
    commented = ENV_EXAMPLE.read_text(encoding="utf-8")
    for name in AIRFLOW_SERVICES:
        env = services[name]["environment"]
        aws = {key: value for key, value in env.items() if key.startswith("AWS_")}
        assert {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL"} <= aws.keys()
        assert all(value is None for value in aws.values()), (name, aws)
        assert all(f"# {key}=" in commented for key in aws), name
    assert not any(key.startswith("AWS_") for key in env_example_names())


def test_dockerfile_extends_the_pinned_airflow_image_and_installs_the_project():
    instructions = dockerfile_instructions()
    assert instructions[0] == ("FROM", f"apache/airflow:{airflow_pin()}-python3.11")
    copies = [arguments.split()[-2:] for instruction, arguments in instructions if instruction == "COPY"]
    project_dir = next(destination for source, destination in copies if source == ".")
    assert ["dags/", "/opt/airflow/dags/"] in copies and ["plugins/", "/opt/airflow/plugins/"] in copies
    runs = " ".join(arguments for instruction, arguments in instructions if instruction == "RUN")
    camel = importlib.metadata.version("camel-tools")
    assert re.search(rf'pip install --no-cache-dir --no-deps "?camel-tools=={re.escape(camel)}"?', runs)
    assert re.search(rf'pip install --no-cache-dir "?apache-airflow==\$\{{AIRFLOW_VERSION\}}"? {re.escape(project_dir)}\b', runs)
    assert "torch" not in runs


def test_dockerignore_keeps_secrets_and_local_state_out_of_the_image():
    ignored = set((REPO / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".env", ".venv", ".git", "data"} <= ignored


@pytest.mark.skipif(
    shutil.which("docker") is None
    or subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0,
    reason="docker compose plugin not installed",
)
def test_docker_compose_accepts_the_file():
    result = subprocess.run(
        ["docker", "compose", "--env-file", str(ENV_EXAMPLE), "-f", str(COMPOSE_FILE), "config", "-q"],
        capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
