"""Airflow DAGs for the OpenDental pipeline, built from the Meltano schedules.

The modules without Airflow imports (``schedules``, ``settings``, ``office_hours``, ``outcome``,
``runs``) hold the logic and are tested on their own; ``nightly``, ``schema_analysis`` and
``job`` build the DAGs, from the pieces in ``tasks``. Nothing here touches a database, the
network or Airflow Variables when imported: the tasks run ``meltano`` in the project directory
at run time.
"""
