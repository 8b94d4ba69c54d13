<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>JobOverview</name>
    <message>
        <source>autoscale %1–%2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — %1</source>
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
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Periodic</source>
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
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
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
    <message numerus="yes">
        <source>%n retry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
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
    <name>brickdesk</name>
    <message>
        <source>%1 The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted value that starts here is never closed.</source>
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
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <source>Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
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
        <source>Actual: %1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscale: %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker nodes over time</source>
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
</context>
<context>
    <name>brickdesk::PatCredentialsProvider</name>
    <message>
        <source>No personal access token is set for this workspace.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>brickdesk::RunStripWidget</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Open the workspace of this ~/.databrickscfg profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace at this URL.</source>
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
</context>
</TS>
