# hadath: two commands on a fresh machine — `make run`, then `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CAMEL_TOOLS := camel-tools==1.6.0
SHARED ?= ../shared

export AIRFLOW_HOME := $(CURDIR)/airflow_home
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER := $(CURDIR)/plugins
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__PARALLELISM := 4
export HADATH_WAREHOUSE ?= $(CURDIR)/data/warehouse
export HADATH_SOURCES ?= $(CURDIR)/seeds

.PHONY: run test airflow browse eval bench install ner-model schema clean

# The virtual environment, from the committed lock (constraints.txt). camel-tools
# goes in with --no-deps: its hard torch/transformers requirement would pull
# multi-GB wheels for BERT parts that cannot load offline (README: Install).
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps $(CAMEL_TOOLS)
	touch $@

install: $(STAMP)

# Run the DAG once over seeds/ with real Airflow (SQLite, project-local AIRFLOW_HOME).
run: $(STAMP)
	@mkdir -p $(AIRFLOW_HOME)
	@$(BIN)/airflow db migrate > $(AIRFLOW_HOME)/migrate.log 2>&1 || (tail -20 $(AIRFLOW_HOME)/migrate.log; exit 1)
	@echo "airflow dags test hadath_events (log: airflow_home/last_run.log)"
	@$(BIN)/airflow dags test hadath_events > $(AIRFLOW_HOME)/last_run.log 2>&1 \
	  && grep -q "state=success" $(AIRFLOW_HOME)/last_run.log \
	  || (grep -E "ERROR|Error|Traceback" -A3 $(AIRFLOW_HOME)/last_run.log | tail -40; echo "DAG run failed"; exit 1)
	@$(BIN)/hadath summary --warehouse $(HADATH_WAREHOUSE)
	@echo "Example query: events by type and country"
	@$(BIN)/hadath query --warehouse $(HADATH_WAREHOUSE) \
	  "SELECT event_type, country_code, count(*) AS events, sum(killed) AS killed FROM events GROUP BY ALL ORDER BY events DESC LIMIT 10"

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Airflow UI on localhost:8080; Ctrl-C stops the whole process group.
airflow: $(STAMP)
	@$(BIN)/airflow db migrate > /dev/null
	@echo "UI on http://localhost:8080 — login: admin, password in $(AIRFLOW_HOME)/simple_auth_manager_passwords.json.generated"
	PATH="$(CURDIR)/$(BIN):$$PATH" scripts/airflow_standalone.sh

# The event browser over the warehouse on localhost:8000 (README: Reading events).
browse: $(STAMP)
	$(BIN)/hadath browse --warehouse $(HADATH_WAREHOUSE)

# Accuracy on the dev set (../shared/eval), as the scorer prints it.
eval: $(STAMP)
	rm -rf build/eval
	$(BIN)/hadath run $(SHARED)/eval/dev/articles --warehouse build/eval
	$(BIN)/python $(SHARED)/eval/score.py events --gold $(SHARED)/eval/dev/gold.jsonl --warehouse build/eval

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# Rebuild the shipped NER model from ../shared/data (needs the train extra: gensim).
ner-model: $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[train]'
	$(BIN)/python scripts/train_ner.py

schema: $(STAMP)
	$(BIN)/hadath schema > docs/SCHEMA.md

clean:
	rm -rf build data airflow_home
