"""The hadath event browser inside the Airflow UI: `hadath.browse`'s app,
mounted on Airflow's API server at /hadath, and an "Events" entry in the UI's
Browse menu that shows it. The warehouse is the DAG's (`HADATH_WAREHOUSE`).

Plugin apps are not behind Airflow's login by themselves, so every route
asks Airflow's auth manager whether the caller may read assets: the tables
are the DAG's assets. The UI's session cookie or an API token both pass."""
from __future__ import annotations

import os
from pathlib import Path

from airflow.api_fastapi.core_api.security import requires_access_asset
from airflow.plugins_manager import AirflowPlugin
from fastapi import Depends

from hadath.browse import create_app

WAREHOUSE = os.environ.get("HADATH_WAREHOUSE", str(Path(__file__).resolve().parents[1] / "data" / "warehouse"))


class HadathBrowserPlugin(AirflowPlugin):
    name = "hadath_browser"
    fastapi_apps = [{"app": create_app(WAREHOUSE, dependencies=[Depends(requires_access_asset("GET"))]),
                     "url_prefix": "/hadath", "name": "hadath events"}]
    external_views = [{"name": "Events", "href": "hadath/", "destination": "nav", "category": "browse",
                       "url_route": "hadath-events"}]
