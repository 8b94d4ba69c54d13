#pragma once

// Realistic JobSettings for the job form's lossless tests. The first is the "A multitask job"
// example of Databricks' Jobs 2.1 OpenAPI (shared/spec/databricks-jobs-2.1-azure.original.yaml,
// JobSettings examples); the second is a jobs/get response (API 2.2) built from the field
// names of shared/spec/stackql-databricks_workspace-jobs.yaml, with fields the form does not
// edit (health, webhook_notifications, run_as, deployment, environments, for_each_task,
// condition_task, git_source, ...) and a few invented future fields.

#include <QByteArray>

namespace jobformfixtures {

inline const QByteArray multitaskJob = R"json({
  "name": "A multitask job",
  "tags": {"cost-center": "engineering", "team": "jobs"},
  "tasks": [
    {
      "task_key": "Sessionize",
      "description": "Extracts session data from events",
      "depends_on": [],
      "existing_cluster_id": "0923-164208-meows279",
      "spark_jar_task": {
        "main_class_name": "com.databricks.Sessionize",
        "parameters": ["--data", "dbfs:/path/to/data.json"]
      },
      "libraries": [{"jar": "dbfs:/mnt/databricks/Sessionize.jar"}],
      "timeout_seconds": 86400,
      "max_retries": 3,
      "min_retry_interval_millis": 2000,
      "retry_on_timeout": false
    },
    {
      "task_key": "Orders_Ingest",
      "description": "Ingests order data",
      "depends_on": [],
      "job_cluster_key": "auto_scaling_cluster",
      "spark_jar_task": {
        "main_class_name": "com.databricks.OrdersIngest",
        "parameters": ["--data", "dbfs:/path/to/order-data.json"]
      },
      "libraries": [{"jar": "dbfs:/mnt/databricks/OrderIngest.jar"}],
      "timeout_seconds": 86400,
      "max_retries": 3,
      "min_retry_interval_millis": 2000,
      "retry_on_timeout": false
    },
    {
      "task_key": "Match",
      "description": "Matches orders with user sessions",
      "depends_on": [{"task_key": "Orders_Ingest"}, {"task_key": "Sessionize"}],
      "new_cluster": {
        "spark_version": "7.3.x-scala2.12",
        "node_type_id": "Standard_D3_v2",
        "spark_conf": {"spark.speculation": true},
        "azure_attributes": {"availability": "SPOT_WITH_FALLBACK_AZURE"},
        "autoscale": {"min_workers": 2, "max_workers": 16}
      },
      "notebook_task": {
        "notebook_path": "/Users/user.name@databricks.com/Match",
        "source": "WORKSPACE",
        "base_parameters": {"name": "John Doe", "age": "35"}
      },
      "timeout_seconds": 86400,
      "max_retries": 3,
      "min_retry_interval_millis": 2000,
      "retry_on_timeout": false
    }
  ],
  "job_clusters": [
    {
      "job_cluster_key": "auto_scaling_cluster",
      "new_cluster": {
        "spark_version": "7.3.x-scala2.12",
        "node_type_id": "Standard_D3_v2",
        "spark_conf": {"spark.speculation": true},
        "azure_attributes": {"availability": "SPOT_WITH_FALLBACK_AZURE"},
        "autoscale": {"min_workers": 2, "max_workers": 16}
      }
    }
  ],
  "email_notifications": {
    "on_start": ["user.name@databricks.com"],
    "on_success": ["user.name@databricks.com"],
    "on_failure": ["user.name@databricks.com"],
    "no_alert_for_skipped_runs": false
  },
  "webhook_notifications": {"on_failure": [{"id": "0481e838-0a59-4eff-9541-a4ca6f149574"}]},
  "timeout_seconds": 86400,
  "schedule": {"quartz_cron_expression": "20 30 * * * ?", "timezone_id": "Europe/London", "pause_status": "PAUSED"},
  "max_concurrent_runs": 10,
  "git_source": {"git_url": "https://github.com/databricks/databricks-cli", "git_branch": "main", "git_provider": "gitHub"},
  "format": "MULTI_TASK"
})json";

inline const QByteArray jobsGetResponse = R"json({
  "job_id": 931844287868435,
  "creator_user_name": "user.name@databricks.com",
  "run_as_user_name": "user.name@databricks.com",
  "created_time": 1601370337343,
  "effective_budget_policy_id": "a1b2c3",
  "settings": {
    "name": "Nightly sales",
    "description": "Loads and aggregates sales.",
    "tags": {"team": "sales"},
    "edit_mode": "EDITABLE",
    "deployment": {"kind": "BUNDLE", "metadata_file_path": "/Workspace/bundle/state/metadata.json"},
    "run_as": {"service_principal_name": "6f3c9a52-1d1e-4e59-8b7f-0c2a7f0b9e11"},
    "performance_target": "STANDARD",
    "health": {"rules": [{"metric": "RUN_DURATION_SECONDS", "op": "GREATER_THAN", "value": 7200}]},
    "notification_settings": {"no_alert_for_skipped_runs": true, "no_alert_for_canceled_runs": false},
    "queue": {"enabled": true},
    "parameters": [{"name": "run_date", "default": "2025-01-01"}, {"name": "env", "default": "prod"}],
    "environments": [{"environment_key": "py", "spec": {"environment_version": "2", "dependencies": ["pandas==2.2.2"]}}],
    "trigger": {"pause_status": "UNPAUSED", "file_arrival": {"url": "/Volumes/main/sales/landing/", "min_time_between_triggers_seconds": 120}},
    "max_concurrent_runs": 1,
    "timeout_seconds": 0,
    "format": "MULTI_TASK",
    "brickdesk_future_setting": {"enabled": true, "level": 3},
    "tasks": [
      {
        "task_key": "ingest",
        "environment_key": "py",
        "spark_python_task": {"python_file": "/Workspace/sales/ingest.py", "parameters": ["--date", "{{job.parameters.run_date}}"], "source": "WORKSPACE"},
        "run_if": "ALL_SUCCESS",
        "webhook_notifications": {},
        "future_task_field": [1, 2, 3]
      },
      {
        "task_key": "wheel",
        "depends_on": [{"task_key": "ingest"}],
        "job_cluster_key": "fixed",
        "python_wheel_task": {"package_name": "sales", "entry_point": "main", "named_parameters": {"mode": "full"}},
        "libraries": [{"whl": "/Volumes/main/sales/wheels/sales-1.0-py3-none-any.whl"}, {"pypi": {"package": "requests==2.32.3"}}],
        "health": {"rules": [{"metric": "RUN_DURATION_SECONDS", "op": "GREATER_THAN", "value": 600}]}
      },
      {
        "task_key": "check",
        "depends_on": [{"task_key": "wheel"}],
        "condition_task": {"op": "GREATER_THAN", "left": "{{tasks.wheel.values.rows}}", "right": "0"}
      },
      {
        "task_key": "report",
        "depends_on": [{"task_key": "check", "outcome": "true"}],
        "sql_task": {"warehouse_id": "d1184a8f2b3c4d5e", "query": {"query_id": "f1a2b3c4-0000-1111-2222-333344445555"}, "parameters": {"day": "{{job.parameters.run_date}}"}},
        "email_notifications": {"on_failure": ["oncall@example.com"]},
        "timeout_seconds": 1800
      },
      {
        "task_key": "downstream",
        "depends_on": [{"task_key": "report"}],
        "run_job_task": {"job_id": 1122334455667788, "job_parameters": {"source": "nightly"}},
        "max_retries": -1,
        "min_retry_interval_millis": 60000,
        "retry_on_timeout": true
      },
      {
        "task_key": "per_region",
        "depends_on": [{"task_key": "report"}],
        "for_each_task": {"inputs": "[\"eu\",\"us\"]", "concurrency": 2, "task": {"task_key": "per_region_iteration", "notebook_task": {"notebook_path": "/Workspace/sales/region"}}}
      },
      {
        "task_key": "publish",
        "depends_on": [{"task_key": "per_region"}],
        "notebook_task": {"notebook_path": "/Workspace/sales/publish", "source": "WORKSPACE", "warehouse_id": "d1184a8f2b3c4d5e"},
        "disabled": false
      }
    ],
    "job_clusters": [
      {
        "job_cluster_key": "fixed",
        "new_cluster": {
          "spark_version": "15.4.x-scala2.12",
          "node_type_id": "i3.xlarge",
          "driver_node_type_id": "i3.2xlarge",
          "num_workers": 4,
          "aws_attributes": {"availability": "SPOT_WITH_FALLBACK", "zone_id": "auto", "first_on_demand": 1},
          "custom_tags": {"project": "sales"},
          "spark_env_vars": {"PYSPARK_PYTHON": "/databricks/python3/bin/python3"},
          "data_security_mode": "SINGLE_USER",
          "init_scripts": [{"workspace": {"destination": "/Workspace/init.sh"}}],
          "enable_elastic_disk": true
        }
      }
    ]
  }
})json";

} // namespace jobformfixtures
