"""hadath: Arabic news articles to PLOVER event tables.

The package never imports Airflow: the DAG, the CLI and the tests all call the
same functions in `hadath.pipeline`.
"""

__version__ = "0.1.0"
