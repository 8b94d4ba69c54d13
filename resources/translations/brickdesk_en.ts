<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveClusterStore</name>
    <message>
        <source>Cluster events could not be archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster configuration could not be archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveConnection</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept the archive busy for too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 is damaged and cannot be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local archive was damaged. It was moved to %1 and a new, empty archive was started; history is collected again from what the workspace still keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite): Brickdesk works without its archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Brickdesk (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local archive was updated to a new format (from version %1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not at schema %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDatabase</name>
    <message>
        <source>The archive&apos;s sync state could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A billed-cost answer could not be kept in the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveJobStore</name>
    <message>
        <source>Job settings could not be archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePruner</name>
    <message>
        <source>The archive could not be pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space could not be given back to the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is reading the archive, so part of the space is given back only when it stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveRunStore</name>
    <message>
        <source>Runs could not be archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveTimelineStore</name>
    <message>
        <source>The node timeline could not be archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterStateBadge</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineIds</name>
    <message>
        <source>--%1 needs an id that is a whole number from 1 to %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a cluster id such as 0123-456789-abcdefgh (letters, digits, &apos;-&apos; and &apos;_&apos;), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsize completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spark exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBFS down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metastore down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init scripts started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init scripts finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk not expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk expansion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioned node excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding nodes failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy enforcement scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy enforcement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume misconfigured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot preemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud provider out of capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud provider launch failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud provider shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance pool failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver unresponsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spark failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init script failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autorecovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing bad nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 workers (autoscale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating cluster with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration edited: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing %1 → %2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsize completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 node lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBFS is down (driver up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metastore is down (driver up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 init script started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 init script finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 init scripts started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 init scripts finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk low but not expanded (at maximum size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk low but not expanded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk expanded from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk expanded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to expand disk (%1 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to expand disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node excluded by Spark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 excluded by Spark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioned node %1 excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster unpinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling report: %1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling statistics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling backing off after failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning nodes: %1 → %2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic cluster update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unity Catalog volume misconfigured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; not expanded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDrift</name>
    <message>
        <source>Not compared, as they differ between workspaces anyway: job ID, creation time, creator, who the job runs as when that is its creator (the default), where a bundle keeps its deployment state (deployment.metadata_file_path), and empty settings ({} or []).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFormDrafts</name>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobOverview</name>
    <message>
        <source>autoscale %1–%2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule / trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max concurrent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries / timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &lt;a href=&apos;cluster:%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job cluster “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duration warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On streaming backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (service principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inherited from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can manage run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed from a bundle; edit the bundle, or unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spark submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakeflow Declarative Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If/else condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no task type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File arrival: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table update: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic: every %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL condition: query %1 on warehouse %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle deployment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless (%1, environment version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless (%1, base %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &lt;a href=&apos;job:%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 at a time: %3 “%4” %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependencies: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSettingsForm</name>
    <message>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 4096 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than 27700 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job can have at most 25 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag names cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job cluster needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos; and &apos;-&apos; in the cluster key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster key &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a Databricks Runtime version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a node type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum workers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum workers must be at least 1 and not less than the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers must be between 0 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job can have at most 1000 tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task key is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos; and &apos;-&apos; in the task key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task key &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on &quot;%1&quot;, which is not a task of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the notebook path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace notebook path must be absolute (start with &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Python file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the package name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the entry point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the main class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SQL warehouse ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the query, file, alert or dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the job to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the compute this task runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task type cannot run on the chosen compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a job cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cluster &quot;%1&quot; is not defined in this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries must be -1 (forever) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry interval cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycle between %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the storage location to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 60 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick minutes, hours, days or weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; in parameter names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum concurrent runs must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the inputs: a JSON array or a reference to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the task that runs for each input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run between 1 and 100 iterations at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick how to compare the two values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pipeline ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dashboard ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the alert ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one table to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick what about the model starts the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the query whose result is watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on more than one line of %2. Keep one line per name: only one value can be saved for it.</source>
        <extracomment>%1 is the name typed twice; %2 the field, with its article: &quot;the tags&quot;, &quot;the parameters of task &quot;t&quot;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tags of job cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Spark conf of job cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job parameters of task &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameters of task &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment key &quot;%1&quot; is declared more than once (lines %2). Keep one line per key: a task names its environment by key.</source>
        <extracomment>%1 is the environment key; %2 the entries (lines) of the field that declare it: &quot;1, 3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTaskForm</name>
    <message>
        <source>Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run another job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (kept as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If/else condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakeflow Declarative Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message>
        <source>%1: removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageTokenGuard</name>
    <message>
        <source>The server handed out a page token it had already given (page %1, %2 items so far), so following it would never end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kept answering with empty pages that point to yet another page (%1 in a row after %2 items), so Brickdesk stopped following them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace gave this address, which is not on its own secure address (%1), so Brickdesk does not open it:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuartzCron</name>
    <message>
        <source>%1 and %2</source>
        <comment>list: &apos;A, B and C&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 6 or 7 fields (seconds minutes hours day-of-month month day-of-week [year]), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month and day of week cannot both be &apos;?&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of day of month and day of week must be &apos;?&apos; (e.g. &quot;0 0 2 * * ?&quot; or &quot;0 0 2 ? * MON&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;?&apos; is only allowed in day of month or day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 is out of range %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (1-12 or JAN-DEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of week (1-7 or SUN-SAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty list element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;?&apos; cannot be combined with other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the offset after &apos;L-&apos; must be 0-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid; use L, L-n, LW or nW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the number after &apos;#&apos; must be 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the step after &apos;/&apos; must be 1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days before the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last weekday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the weekday nearest day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on days %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 %2 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes from minute %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>description followed by time zone</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachableWorkspaces</name>
    <message>
        <source>personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service principal (OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in in the browser (OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable DATABRICKS_HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABRICKS_HOST is not a workspace URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brickdesk does not support the authentication type “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDisplayState</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded with failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOutputHtml</name>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition &lt;code&gt;%1&lt;/code&gt; evaluated to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output appears when the task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started run &lt;a href=&apos;run:%1&apos;&gt;%1&lt;/a&gt; of job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (truncated to the first 5 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (only the last 5 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStyle</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual (run now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run job task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous (restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed, but some tasks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the platform (for example a timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Spark driver failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git repository could not be checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster request was invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s limit of active runs was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature the run needs is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many cluster requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage could not be accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s code failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorised to access a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library could not be installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s maximum of concurrent runs was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many Spark contexts on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource the run needs does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s configuration is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud provider failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s queue is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breaking change in the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget policy&apos;s limit was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster was terminated by a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Paused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupWorkspace</name>
    <message>
        <source>The profile “%1” cannot be opened: %2 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” in %2 has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a workspace URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchRule</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>any workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run of job %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run of a job tagged “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when %1 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notify when %1 runs longer than %n minute(s)</source>
        <translation>
            <numerusform>Notify when %1 runs longer than %n minute</numerusform>
            <numerusform>Notify when %1 runs longer than %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify when %1 runs longer than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notify when %1 waits in the queue longer than %n minute(s)</source>
        <translation>
            <numerusform>Notify when %1 waits in the queue longer than %n minute</numerusform>
            <numerusform>Notify when %1 waits in the queue longer than %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::AccessibleNames</name>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ApiError</name>
    <message>
        <source>Could not reach the workspace. Check the host name and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace did not answer in time. It may be busy or the network slow; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the workspace could not be established: its certificate was not accepted. Brickdesk never ignores certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brickdesk only talks to workspaces over https://. Plain http:// is allowed only for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace did not accept your credentials (HTTP 401). Sign in again or replace the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not exist, or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace refused the request as invalid (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state (HTTP 409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is receiving too many requests (HTTP 429). Brickdesk retried and gave up; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace had an internal problem (HTTP %1) and a proxy or gateway answered with a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace had an internal problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is temporarily unavailable (HTTP 503). Brickdesk retried and gave up; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page instead of data. A proxy, firewall or sign-in page may be in the way, or the host is not a Databricks workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the workspace was cut off before its end. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with something that is not data Brickdesk understands. Is the host a Databricks workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace answered in an unexpected way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brickdesk could not obtain credentials for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the workspace was larger than Brickdesk accepts, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ApiListModel</name>
    <message>
        <source>No workspace connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveMaintenance</name>
    <message>
        <source>Pruning the archive of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive of “%1” was not pruned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive of “%1” pruned to its last %n day(s): removed %2 cluster events and %3 runs (with %4 task runs); %5 → %6.</source>
        <translation>
            <numerusform>Archive of “%1” pruned to its last %n day: removed %2 cluster events and %3 runs (with %4 task runs); %5 → %6.</numerusform>
            <numerusform>Archive of “%1” pruned to its last %n days: removed %2 cluster events and %3 runs (with %4 task runs); %5 → %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the archive of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive of “%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive of “%1” could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchivePreferencesPanel</name>
    <message>
        <source>Each workspace&apos;s archive on this computer: the history Brickdesk keeps of its jobs, runs and cluster events. Pruning and deleting happen at once, not on OK, and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep cluster events and runs of the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes older cluster events and runs from the selected archive and gives the space back to the disk. Every version of every job&apos;s settings is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace has an archive on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the cluster events and runs from before %1 from the archive of “%2”?

The versions of every job&apos;s settings are kept. What is removed cannot be fetched again once the workspace has forgotten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the archive of “%1” (%2)?

Everything Brickdesk kept of this workspace goes: job versions, runs and cluster events, including what the workspace itself no longer keeps. A new archive starts the next time a job is opened or synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace archives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveSearchModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (its settings as last seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When these settings were last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveSearchPage</name>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive every job&apos;s settings and the runs since the last sync, from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; what was fetched is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected job or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the job of the selected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must match; a path matches as a whole; the last word may be the start of a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path, a parameter, a tag, an error… e.g. /Repos/etl/ingest or OutOfMemoryError</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs and run errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run errors from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only errors of runs that started in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run errors from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived jobs and run errors that match, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing archived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now archives this workspace&apos;s jobs and runs; “brickdesk sync” also archives its clusters&apos; events, and can run every hour while Brickdesk is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must match. A path matches as a whole (/Repos/etl/ingest); the last word also matches longer words (OutOfMem finds OutOfMemoryError). Run errors are the messages runs ended with, from the chosen window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: /Repos/etl/ingest, a parameter&apos;s value, a tag, a node type, or an error such as SPOT_INSTANCE_TERMINATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveSearchService</name>
    <message>
        <source>The archive could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive for this workspace yet — run a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find in archived jobs (names, tags, paths, parameters, cluster settings) and run errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing jobs and runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; what was fetched is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived jobs: %1 · runs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · last synced %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · never synced in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best %1 results; add words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… fetched so far: jobs %1 · runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced jobs: %1 (new versions of settings: %2) · runs: %3 (new: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveSync</name>
    <message>
        <source>The workspace connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2 events fetched, %3 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs: %1 seen, %2 new versions of their settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: %1 seen, %2 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::BulkOperation</name>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s).</source>
        <translation>
            <numerusform>%1 %n item.</numerusform>
            <numerusform>%1 %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n failed: %1</numerusform>
            <numerusform>%n failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterCostPanel</name>
    <message>
        <source>Start the SQL warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the SQL warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting “%1” costs money while it runs (it stops by itself after %2 minutes idle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a cluster&apos;s history to see what it was billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading billed cost and utilisation from the SQL warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node-hour estimate: %1 node-hours (driver included), %2 %3 at your rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed %1 %2 for %3 DBUs in this window. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing is recorded up to about 12 hours late: usage after %1 is not billed yet, so the billed figure covers less than the estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; average CPU %1%; %2% of worker time idle (about %3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the SQL warehouse, then reading billed cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL warehouse “%1” is stopped; billed cost is read through it, and starting it costs money. Until then: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle when the workers&apos; CPU is under</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterDetailWidget</name>
    <message>
        <source>autoscale %1–%2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ID&lt;/b&gt; %1 · &lt;b&gt;Source&lt;/b&gt; %2 · &lt;b&gt;Creator&lt;/b&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n running now)</source>
        <translation>
            <numerusform> (%n running now)</numerusform>
            <numerusform> (%n running now)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Size&lt;/b&gt; %1 · &lt;b&gt;Workers&lt;/b&gt; %2 · &lt;b&gt;Driver&lt;/b&gt; %3 · &lt;b&gt;Runtime&lt;/b&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Started&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;Terminated&lt;/b&gt; %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · &lt;b&gt;Auto-terminates&lt;/b&gt; after %n idle minute(s)</source>
        <translation>
            <numerusform> · &lt;b&gt;Auto-terminates&lt;/b&gt; after %n idle minute</numerusform>
            <numerusform> · &lt;b&gt;Auto-terminates&lt;/b&gt; after %n idle minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The window&apos;s end must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events · building the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 events of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading events cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the events of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous window (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the comparison: %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other cluster to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events · through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster configuration (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events · %2 from the archive, before %3 (past what the API keeps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events from the local archive (the workspace cannot be reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept in the local archive: %1. Brickdesk works on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local archive keeps what is loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterEventLogWidget</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its full details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>Saved %n event to %1</numerusform>
            <numerusform>Saved %n events to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the events whose type, summary or details contain the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event of the cluster in the window, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterEventsModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterHistoryLoader</name>
    <message>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterResizeDialog</name>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers are added or removed while the cluster keeps running; removing workers loses the data cached and shuffled on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoscale %1–%2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersModel</name>
    <message>
        <source>%1–%2 (autoscale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the local archive: as last seen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersPage</name>
    <message>
        <source>Filter by name, id, creator, node type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the number of workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the clusters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>Start cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “%1”? Its nodes are billed from now on until it terminates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate “%1”? Notebooks and jobs running on it fail, and everything held in its memory and local disks (cached tables, Spark sessions, temporary files) is lost. The configuration is kept, and it can be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not terminate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize “%1” to %2? Workers that are removed lose the data cached and shuffled on them; running tasks on them are retried elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resize %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-purpose clusters are created from the UI or the API; job clusters are created for a job run and end with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost and idle capacity of every cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cluster in the list above to see its node count over time, its events, and what it cost.
Use the filter to find one by name, ID or creator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the clusters whose name, ID, creator or node type contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cluster of the workspace; choose one to see its history below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local archive holds no cluster of this workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) from the local archive, data as of %1 (read-only: the workspace cannot be reached)</source>
        <translation>
            <numerusform>%n cluster from the local archive, data as of %1 (read-only: the workspace cannot be reached)</numerusform>
            <numerusform>%n clusters from the local archive, data as of %1 (read-only: the workspace cannot be reached)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersService</name>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job, run, cluster or action, by name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or an ID; Up and Down choose, Enter opens, Escape closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the typed text matches, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter open · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten matches down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten matches up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the chosen match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::CommandPaletteModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ConfigResolver</name>
    <message>
        <source>set in Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no profile named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” was requested but %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host “%1” is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionDialog</name>
    <message>
        <source>personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth (service principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth (sign in with browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://dbc-1234abcd-5678.cloud.databricks.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth: service principal (machine-to-machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth: sign in with my browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile from ~/.databrickscfg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret for this session only (not in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move token to keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds this workspace&apos;s host and authentication type (never a secret) to ~/.databrickscfg for the Databricks CLI; the rest of the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated workspace on this computer, with sample jobs and clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — profile in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(started on demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session (leave empty to keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain (leave empty to keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace is not running yet; connect to it to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workspace URL, for example https://dbc-1234abcd-5678.cloud.databricks.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service principal&apos;s client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved secret: enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing… complete the sign-in in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workspace a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the secret for this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secret is kept in memory until Brickdesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” and its saved secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”, but its keychain entry could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is now in the keychain and “%1” uses it. You may delete the token line from ~/.databrickscfg yourself; Brickdesk does not change that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote profile [%1] (host and authentication type, no secret) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in service on another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 says that it signs in through %2, which is not its own address. Brickdesk sends your sign-in credentials there only if you trust it: confirm only if your organisation uses %2 to sign in to Databricks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is trusted for signing in to this workspace (kept when you save). Testing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The secret saved for the workspace&apos;s previous address could not be moved or deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::CostFindings</name>
    <message>
        <source>The cluster ran at its autoscale maximum (%1 workers) with CPU above %2% for %3 in total, the longest stretch %4 from %5: it looks under-sized; a higher maximum would have finished the work sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes were kept up after the load fell: %1 worker-hours above the minimum while CPU stayed under %2% (the longest stretch %3 from %4). Scale-down is slow for this load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster sat idle for %1 on average before it went down (%2 times), %3 node-hours in all: a shorter auto-termination would have saved most of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-ups while the workers&apos; CPU was under %2%: %1 (the first at %3: %4 → %5 workers at %6% CPU); the autoscaler may be reacting to something other than load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes lost: %1, in %2 events (spot preemption or unreachable instances); the cluster ran short of workers for %3 in all while they were replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::CostService</name>
    <message>
        <source>No SQL warehouse to read billed cost from: the cost shown is the node-hour estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SQL warehouse to read billed cost from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DatabricksConfigFile</name>
    <message>
        <source>It is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section header has no closing &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section header has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is neither a [section], a comment nor a &apos;key = value&apos; setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting has no name before &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host or authentication type is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted value that starts here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ExpensiveJobsView</name>
    <message>
        <source>Reading the jobs&apos; billed cost from the SQL warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n job(s) billed the most in the last %1 days: %2 %3 together. Only jobs compute is billed to a job: runs on all-purpose clusters count in their cluster&apos;s cost.</source>
        <translation>
            <numerusform>The %n job billed the most in the last %1 days: %2 %3 together. Only jobs compute is billed to a job: runs on all-purpose clusters count in their cluster&apos;s cost.</numerusform>
            <numerusform>The %n jobs billed the most in the last %1 days: %2 %3 together. Only jobs compute is billed to a job: runs on all-purpose clusters count in their cluster&apos;s cost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most expensive jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::FailureInboxModel</name>
    <message>
        <source>%1 (%2 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n or more in a row, since at least %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a row, since %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::FleetCostModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of idle capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run&apos;s cluster of job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::FleetCostView</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, creator or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export fleet cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading billed cost from the SQL warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clusters: %2 %3 billed, of which %4 %3 paid for idle capacity (CPU under 10%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost of every cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most expensive first; Enter opens the cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::HistoryExport</name>
    <message>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the events of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the runs of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::InboxPage</name>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back failed runs are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Last %n hour</numerusform>
            <numerusform>Last %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure inbox actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair failed tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed tasks of the selected run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair with &amp;dependents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed tasks and every task that depends on them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the job of the selected failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected failures as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every failure shown as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every workspace for new failures now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, timed-out and cancelled runs grouped by job, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a failed run to read its error and output here, repair it or open its job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures in every workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed run(s), </source>
        <translation>
            <numerusform>%n failed run, </numerusform>
            <numerusform>%n failed runs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not seen yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is connected. Open one with File ▸ Workspaces… (Ctrl+Shift+W).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed, timed-out or cancelled runs in this time window. Choose a longer window above to look further back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobClustersTab</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autoscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;in workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spark.key=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spark &amp;conf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job cluster could not be read: the workspace sent its settings as something other than a JSON object. The form shows it empty and keeps it exactly as sent until you edit it here (see the JSON tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read, kept as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job cluster could not be read: the workspace sent no cluster settings (new_cluster) for it. The form shows it empty and keeps it exactly as sent until you edit it here (see the JSON tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobCostModel</name>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobCostService</name>
    <message>
        <source>The SQL warehouse “%1” is stopped, so billed cost was not read. Starting it costs money: start it from a cluster&apos;s Cost tab or in the workspace, then look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SQL warehouse to read billed cost from: run costs are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SQL warehouse to read billed cost from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobCostStripWidget</name>
    <message numerus="yes">
        <source>%1 (UTC): %2 %3, %n run(s)</source>
        <translation>
            <numerusform>%1 (UTC): %2 %3, %n run</numerusform>
            <numerusform>%1 (UTC): %2 %3, %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Billed cost per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most: %1. Last day: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobDetailWidget</name>
    <message>
        <source>Recent runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s JSON is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As returned by jobs/get. “Save as JSON…” writes the settings in the format jobs/create accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1 · %2 · %n task(s)</source>
        <translation>
            <numerusform>Job %1 · %2 · %n task</numerusform>
            <numerusform>Job %1 · %2 · %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” to %2 (a jobs/create body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading runs… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run %1 of “%2”?

The work its running tasks have not finished is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run %1 of “%2”?

Its record, task history and output are removed and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not readable with your access to this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs loaded, scroll for older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost: looking for a SQL warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost: reading system.billing.usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost is not shown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost: no usage of this job in the last %1 days. Runs on all-purpose clusters or SQL warehouses are billed to them, not to the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Billed cost: %1 %2 in the last %3 days (a bar a day below); %4 %2 for %n run(s) in the last %5 days.</source>
        <translation>
            <numerusform>Billed cost: %1 %2 in the last %3 days (a bar a day below); %4 %2 for %n run in the last %5 days.</numerusform>
            <numerusform>Billed cost: %1 %2 in the last %3 days (a bar a day below); %4 %2 for %n runs in the last %5 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>No billed usage names this run: it ran on an all-purpose cluster or a SQL warehouse (billed to them, not to the job), it started more than %1 days ago, or it is not billed yet (billing lags up to about 12 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs started until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first; Enter opens a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) from the local archive</source>
        <translation>
            <numerusform>%n run from the local archive</numerusform>
            <numerusform>%n runs from the local archive</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace cannot be reached, and the local archive holds nothing of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From the local archive, as last seen on %1 · %n task(s)</source>
        <translation>
            <numerusform>From the local archive, as last seen on %1 · %n task</numerusform>
            <numerusform>From the local archive, as last seen on %1 · %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::JobDriftDialog</name>
    <message>
        <source>Compare “%1” with another workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 “%2” in “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide the ids of workspace objects (clusters, pools, policies, warehouses, jobs…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters, pools, policies, SQL warehouses, queries, dashboards, alerts, pipelines and other jobs have another id in each workspace, so these differ even where nothing drifted; shown, they tell whether a task points at another object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, tag or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the jobs to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the selected &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the jobs of “%1”… %2 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other workspace is configured: add one with File ▸ Workspaces…, or as a profile in ~/.databrickscfg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workspace to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From here to “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “%1” here to “%2” in “%3”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here (%1), job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobDriftService</name>
    <message>
        <source>Could not connect to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs of “%1” could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read again here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of “%2” could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for “%1” in “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n jobs in “%1” are named “%2”. Choose the one to compare with.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No job in “%1” is named “%2”. Choose the job to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading both jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: job %1 in “%2” has the same settings as this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 difference between this job and job %1 in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n differences between this job and job %1 in “%2”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::JobFormController</name>
    <message>
        <source>This job was deployed from a bundle and is locked against edits in the UI, so it opens read-only. Change it in the bundle and deploy again, or unlock it in the workspace (edit_mode EDITABLE) to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; does not exist in this workspace; pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for changes made elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON must be an object (JobSettings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must contain a JSON object: a jobs create body or a job as jobs get returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not look like a job: it has neither &quot;name&quot; nor &quot;tasks&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle deployment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobFormDialog</name>
    <message>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit job %1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New job (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that looked like secrets were not kept in the draft; enter them again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;&amp; triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace refused the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem to fix before the job can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems to fix before the job can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this job since you opened the form. Saving now replaces their changes with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed on the server:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this job is managed by a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are not kept as a draft, so they are only in this window until the job is saved. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft. Closing the form loses them.

%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobGeneralTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=default, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail on &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail on s&amp;uccess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail on &amp;failure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max concurrent &amp;runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue runs when limits are reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip runs when limits are reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queueing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (serverless, lower cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance optimized (serverless, faster start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rformance target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget policy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage policy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usa&amp;ge policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=environment version, one per line (serverless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobHistoryService</name>
    <message>
        <source>Version %1 restored: it is the job&apos;s settings on the server now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was not restored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring needs a connection to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the job and its history to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version is being restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is the job&apos;s current settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring version %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobHistoryWidget</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the selected version to the current settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this job&apos;s settings in the archive.</source>
        <translation>
            <numerusform>%n version of this job&apos;s settings in the archive.</numerusform>
            <numerusform>%n versions of this job&apos;s settings in the archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: this version is the current settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each version of the settings the archive has seen; select one to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this version as the job&apos;s settings, after checking that nobody changed the job since it was shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1 of this job&apos;s settings?

The settings on the server are replaced by this version&apos;s, through the same save as the job form: if the job changed since it was shown here, nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the selected version to the newest in the archive (the job itself could not be read):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest in the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobJsonTab</name>
    <message>
        <source>This is exactly what will be sent. Switch on editing to change it directly; fields the form does not show are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobScheduleTab</name>
    <message>
        <source>Manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule (Quartz cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (kept as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job runs only when started by hand or through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/Volumes/… or s3://bucket/path/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min time between triggers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait after last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule never fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model (Unity Catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new run starts as soon as the previous one ends (continuous).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog.schema.table, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when any of them is updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when all of them are updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model version is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog.schema.model, or a schema for all its models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the query returns rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the result changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job uses a trigger the form does not edit. It is kept exactly as it is; pick another trigger to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobTaskEditor</name>
    <message>
        <source>SQL warehouse (no cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing all-purpose cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared job cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&apos;s own cluster (kept as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one argument per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job cl&amp;uster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-1 retries forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry on timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isabled (skipped when the job runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task could not be read: the workspace sent the settings of its kind as something other than a JSON object. The form shows them empty and keeps the task exactly as sent until you edit it here (see the JSON tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobTaskTypePages</name>
    <message>
        <source>/Workspace/Users/…/notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/Workspace/…/main.py or dbfs:/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packa&amp;ge name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/Volumes/…/package.whl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wheel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>com.example.Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/Volumes/…/app.jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JAR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query ID, file path, alert ID or dashboard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is a &quot;%1&quot;. The form does not edit this kind; its settings are kept exactly as they are (see the JSON tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[&quot;a&quot;, &quot;b&quot;] or {{tasks.list.values.items}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task to run for each input, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested &amp;task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value or {{job.parameters.x}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals (as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal (as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh the model after the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alert ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt &amp;job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry of the job&apos;s tasks is not a JSON object. The form cannot edit it; it is kept exactly as it is (see the JSON tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobTasksTab</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read, kept as sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobVersionRestore</name>
    <message>
        <source>There is no connection to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive keeps no secrets, and the job&apos;s current settings do not hold the same secret values as this version, so restoring it would write “%1” into the job. Change the job in its form instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job form finds problems in this version, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job changed on the server since it was shown here, so nothing was restored. Look at its settings again, then restore the version if you still want it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsModel</name>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the local archive: as last seen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsPage</name>
    <message>
        <source>Filter by name, ID, tag or owner (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ailed last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs created by or running as you (your user name is not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the list (Esc); the jobs loaded so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its settings and runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel active runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs created by or running as you (your user name is not known for this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs created by or running as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <translation>
            <numerusform>Every %n s</numerusform>
            <numerusform>Every %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading jobs… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs (the list is incomplete: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs (loading stopped; press F5 to load all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n jobs now</source>
        <translation>
            <numerusform>&amp;Run %n jobs now</numerusform>
            <numerusform>&amp;Run %n jobs now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n jobs…</source>
        <translation>
            <numerusform>&amp;Delete %n jobs…</numerusform>
            <numerusform>&amp;Delete %n jobs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1: run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel active runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel every active and queued run of %n job(s)?

%1

The work those runs have not finished is lost.</source>
        <translation>
            <numerusform>Cancel every active and queued run of %n job?

%1

The work those runs have not finished is lost.</numerusform>
            <numerusform>Cancel every active and queued run of %n jobs?

%1

The work those runs have not finished is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled the active runs of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)?

%1

Their settings, schedules and run history are removed from the workspace and cannot be recovered. Active runs are cancelled.</source>
        <translation>
            <numerusform>Delete %n job?

%1

Their settings, schedules and run history are removed from the workspace and cannot be recovered. Active runs are cancelled.</numerusform>
            <numerusform>Delete %n jobs?

%1

Their settings, schedules and run history are removed from the workspace and cannot be recovered. Active runs are cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created job %1 (a clone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one job and wait for its details to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save job as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the jobs whose name, ID, tag or owner contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every job of the workspace; Enter opens one, the context menu has its actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local archive holds no job of this workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) from the local archive, data as of %1 (read-only: the workspace cannot be reached)</source>
        <translation>
            <numerusform>%n job from the local archive, data as of %1 (read-only: the workspace cannot be reached)</numerusform>
            <numerusform>%n jobs from the local archive, data as of %1 (read-only: the workspace cannot be reached)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::LoopbackRedirectListener</name>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed. You can close this tab and return to Brickdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and return to Brickdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to a sign-in that Brickdesk started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <source>Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Brickdesk %1&lt;/h3&gt;&lt;p&gt;A native desktop client for Databricks Jobs and Clusters.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace: %1 (%n open)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure &amp;inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to na&amp;vigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::NodeChartPanel</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the previous window or another cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the previous window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With another cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or drag: zoom · Shift+drag: pan · right-click: zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export node counts as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count capacity in vCPUs, as this cluster&apos;s autoscaler reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster&apos;s events report workers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports no vCPUs: shown again when counting workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::NodeChartSummary</name>
    <message numerus="yes">
        <source>%n vCPU(s) between %1 and %2</source>
        <translation>
            <numerusform>%n vCPU between %1 and %2</numerusform>
            <numerusform>%n vCPUs between %1 and %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) between %1 and %2</source>
        <translation>
            <numerusform>%n worker between %1 and %2</numerusform>
            <numerusform>%n workers between %1 and %2</numerusform>
        </translation>
    </message>
    <message>
        <source>vCPUs from %1 to %2 between %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers from %1 to %2 between %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node counts between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resize(s)</source>
        <translation>
            <numerusform>%n resize</numerusform>
            <numerusform>%n resizes</numerusform>
        </translation>
    </message>
    <message>
        <source>down for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nodes lost %n time(s)</source>
        <translation>
            <numerusform>nodes lost %n time</numerusform>
            <numerusform>nodes lost %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>the other series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1: %2 throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1: from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1 the events come from the local archive: the workspace no longer keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events of this window come from the local archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::NodeCountChart</name>
    <message>
        <source>Nodes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscale range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscale: %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker nodes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node count chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move forward in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events before this time come from Brickdesk&apos;s local archive: the workspace no longer keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::OAuthClient</name>
    <message>
        <source>Cannot reach the workspace&apos;s sign-in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s sign-in settings name %1, which is not the workspace&apos;s own secure address. Brickdesk sends no credentials there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s address is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::OAuthU2MCredentialsProvider</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to this workspace in your browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free local port (%1 to %2) to receive the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (state mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser sign-in did not complete in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::OfflineArchive</name>
    <message>
        <source>From the local archive, as last seen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the local archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::OfflineBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::OtherWorkspace</name>
    <message>
        <source>“%1” was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened from here: open it in the navigation first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::PaletteEntries</name>
    <message>
        <source>Run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::PatCredentialsProvider</name>
    <message>
        <source>No personal access token is set for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh the current view every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Brickdesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brickdesk follows your desktop&apos;s theme, light or dark; change it in your desktop&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me when a watched run finishes or fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray was found, so notifications appear in the status bar only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. USD, EUR or BRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per node-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster costs are estimated from node-hours. Enter what one node-hour of each node type costs you (compute plus DBUs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other node types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node type id, e.g. Standard_DS3_v2 or i3.xlarge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node type id, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Jobs list refreshes at the interval chosen in its own toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the system&apos;s certificate authorities only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s, for a proxy that inspects TLS. SSL_CERT_FILE and REQUESTS_CA_BUNDLE are honoured too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust these &amp;certificate authorities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local archi&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RepairDialog</name>
    <message>
        <source>Repair run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun &amp;all failed tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun the &amp;selected tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also rerun the tasks that &amp;depend on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task of this run failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tasks to rerun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will rerun %n task(s): %1</source>
        <translation>
            <numerusform>Will rerun %n task: %1</numerusform>
            <numerusform>Will rerun %n tasks: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>and the tasks that depend on them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tasks to rerun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RetryNotice</name>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting: the requests that wait end as cancelled and are not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the requests waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited by the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n request(s) that waited to be retried. Refresh (F5) to ask again.</source>
        <translation>
            <numerusform>Cancelled %n request that waited to be retried. Refresh (F5) to ask again.</numerusform>
            <numerusform>Cancelled %n requests that waited to be retried. Refresh (F5) to ask again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — retrying now…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunDetailWidget</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;sks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output and errors of every task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the job (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep following this run in the background and say when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of &lt;a href=&apos;job:%2&apos;&gt;%3&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1?

Its running tasks are stopped; the work they have not finished is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?

Its record, task history and output are removed from the workspace and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For-each task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an iteration to open its task run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by task run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 iterations done, %3 failed, %4 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Iterations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations of the for-each task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be reached, and the local archive holds nothing of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the local archive, as last seen on %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local archive keeps no output of runs: it is read from the workspace when it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunNowDialog</name>
    <message>
        <source>Run “%1” now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python parameters (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job parameters, prefilled with their defaults. Edit any value before launching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no job-level parameters; these are its tasks&apos; parameters (notebook parameters and Python parameters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job defines no parameters. You may add notebook parameters below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled in the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick tasks to run only the ticked ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks to run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless tasks only: start faster at a higher cost, or run standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each parameter, its default and the value for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks to run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunService</name>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the iterations of task run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not repair run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing run %1 (repair %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunStripWidget</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 — %2
Started %3
Duration %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n run(s), oldest first: %1.</source>
        <translation>
            <numerusform>The last %n run, oldest first: %1.</numerusform>
            <numerusform>The last %n runs, oldest first: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::RunWatcher</name>
    <message>
        <source>Watching %1: you will be told when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; stopped watching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 node-h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1–%2 node-h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate: the run&apos;s duration × %1–%2 nodes (driver + workers) of the job&apos;s cluster. No billed cost: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DBU billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunsRangeFetcher</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretStore</name>
    <message>
        <source>No keychain service (Secret Service) is running in this desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or has no login collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brickdesk will not save the secret in a plain-text file. You can use it for this session only: it is kept in memory and forgotten when Brickdesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action that has a shortcut, its keys, and where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::StatementExecutionApi</name>
    <message>
        <source>Brickdesk cannot read the system tables it needs for billed cost and utilisation. An admin must enable the billing and compute system schemas and grant you USE CATALOG on system, USE SCHEMA on system.billing and system.compute, and SELECT on system.billing.usage, system.billing.list_prices and system.compute.node_timeline. Until then Brickdesk shows the node-hour estimate. The workspace said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query was canceled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL warehouse could not run the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::TaskTimelineWidget</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup %1, execution %2, cleanup %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), none started yet.</source>
        <translation>
            <numerusform>%n task, none started yet.</numerusform>
            <numerusform>%n tasks, none started yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n task from %1 to %2.</numerusform>
            <numerusform>%n tasks from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::TimeWords</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::UsageSummaryPanel</name>
    <message>
        <source>Visible window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node-hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At autoscale max:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time with the target above the actual count: the autoscaler waiting for nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per node-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBU rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DBU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per node-hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBUs per node-hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per DBU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the driver node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 while up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Estimated cost: amount, then currency code, e.g. &quot;806.36 USD&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::UtilisationChart</name>
    <message>
        <source>Blue: billed cost per hour (left axis). Green: workers&apos; CPU, purple: memory (right axis). Shaded: idle capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed per hour (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; CPU and memory (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle capacity (CPU under %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed cost and utilisation over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost or utilisation loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2: billed %3 %4 in total, at most %5 %4 in an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2: nothing billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; CPU averaged %1%, memory %2%; idle (CPU under %3%) %4% of worker time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WatchRules</name>
    <message>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run waiting in the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than usual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1 in %2; it usually takes %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WatchRulesDialog</name>
    <message>
        <source>Watch rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brickdesk tells you (a desktop notification where the system has them, and the status bar) when a run matches one of these rules. Rules are kept on this computer; nothing is set up in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules in force; select one to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a run must do for the rule to notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run takes longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run takes longer than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run waits in the queue longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every job, one job, or the jobs with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the job to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag key, or key:value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key or key:value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace the rule applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the rule described above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;orkspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WelcomePage</name>
    <message>
        <source>Welcome to Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brickdesk is a desktop client for Databricks Jobs and clusters: browse, run, repair and edit jobs, read every run&apos;s tasks and output, and see every event of a cluster with a chart of its nodes over time. It signs in with the credentials you already have and keeps secrets in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it without an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace emulated on this computer, with a few hundred jobs, thousands of runs and weeks of cluster history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in %1 and in the environment of this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: no profile in the Databricks configuration file and no DATABRICKS_HOST in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By URL, with a personal access token, a service principal or a sign-in in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page opens again from Help ▸ Welcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WhatIf</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load is replayed minute by minute: within the new bounds the cluster has the workers it had, capped at the new maximum and raised to the new minimum; where only the old minimum held workers up, it keeps those its work needed at %1% CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scale-up to nodes the new minimum would not have kept waits %1 minutes for new nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idle stretch (CPU under %1%) ending with the cluster going down is taken as the current auto-termination delay; a new delay ends it that much earlier or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per node-hour (driver included): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings would have %1 about %2 (%3%) over the window: %4 instead of %5 node-hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower maximum would have refused %1 worker-hours of demand: that work would have run later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-ups that would have waited about %2 minutes each for new nodes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceListWidget</name>
    <message>
        <source>&amp;Manage workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated workspace on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceNavigation</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure inbox and, for each workspace, its jobs and clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Jobs of %1: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failures (%1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failures of %1: %n not seen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clusters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clusters of %1: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failure inbox (%1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failure inbox of every workspace: %n not seen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceReachability</name>
    <message>
        <source>Offline since %1: the workspace cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1: the workspace cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local archive holds nothing of this workspace yet (Search archive ▸ Sync now keeps a copy); actions that need the workspace are off until it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the workspace, which cannot be reached (offline since %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the archive holds (jobs, their runs and history, clusters and their events, archive search) can still be browsed; actions that need the workspace are off until it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1, from the local archive: jobs, their runs and history, clusters and their events, and the archive search can still be browsed; actions that need the workspace are off until it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceSession</name>
    <message>
        <source>No secret store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of “%1” was kept for the last session only. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret for “%1” was found in the keychain. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret of “%1” from the keychain failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” uses the authentication type “%2”, which Brickdesk does not support yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” has no host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceSet</name>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Brickdesk, a native desktop client for Databricks Jobs and Clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo workspace (a local emulator; no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this job on start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this cluster on start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this job run on start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace of this ~/.databrickscfg profile (repeat to open several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace at this URL (repeat to open several).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
