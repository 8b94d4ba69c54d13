// Conformance test: the official Databricks SDK for JavaScript (@databricks/sdk-experimental,
// pinned to 0.17.0 in package.json) drives the Brickdesk workspace emulator, and what the SDK
// sees is compared with what raw HTTP sees.
//
//   node sdk_conformance.mjs /path/to/brickdesk-emulator
//
// Installs its npm packages (npm ci) when node_modules is missing.
import { spawn, execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const here = dirname(fileURLToPath(import.meta.url));
const emulatorBinary = process.argv[2];
if (!emulatorBinary || !existsSync(emulatorBinary)) {
    console.error("usage: node sdk_conformance.mjs <brickdesk-emulator binary>");
    process.exit(2);
}
if (!existsSync(join(here, "node_modules", "@databricks", "sdk-experimental"))) {
    console.log("installing npm packages (npm ci)");
    execSync("npm ci --no-audit --no-fund --loglevel=error", { cwd: here, stdio: "inherit" });
}
const { WorkspaceClient } = await import("@databricks/sdk-experimental");

const token = "dapi-conformance-token-1";
// --events-paging legacy: this SDK (0.17.0) pages clusters/events by re-posting the deprecated
// `next_page` and reads `total_count`, as every SDK of 2025-2026 does; the emulator's default
// (token only, as the service pages since July 30, 2026) would end its iteration after one page.
const emulator = spawn(emulatorBinary, ["--port", "0", "--token", token, "--jobs", "45", "--runs-per-job", "4",
    "--clusters", "4", "--events-per-cluster", "1300", "--time-scale", "40", "--failure-rate", "0",
    "--events-paging", "legacy"],
    { stdio: ["ignore", "pipe", "inherit"] });
let failed = false;
const stop = () => { if (emulator.exitCode === null) emulator.kill("SIGTERM"); };
process.on("exit", stop);

const port = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("emulator did not start in 30 s")), 30000);
    emulator.stdout.on("data", (chunk) => {
        out += chunk.toString();
        const m = out.match(/^port (\d+)$/m);
        if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    emulator.on("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
});
const host = `http://127.0.0.1:${port}`;
console.log(`emulator on ${host}`);

async function raw(method, path, { query, body } = {}) {
    const url = new URL(path, host);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.append(k, String(v));
    const response = await fetch(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
}

async function check(name, fn) {
    try {
        await fn();
        console.log(`ok   ${name}`);
    } catch (error) {
        failed = true;
        console.log(`FAIL ${name}: ${error?.stack ?? error}`);
    }
}

const w = new WorkspaceClient({ host, token, authType: "pat" });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

await check("jobs.list lists every job, like raw paging", async () => {
    const viaSdk = [];
    for await (const job of w.jobs.list({ limit: 7 })) viaSdk.push(job.job_id);
    const viaRaw = [];
    let page_token;
    do {
        const page = await raw("GET", "/api/2.2/jobs/list", { query: { limit: 7, ...(page_token ? { page_token } : {}) } });
        for (const job of page.jobs ?? []) viaRaw.push(job.job_id);
        page_token = page.next_page_token;
    } while (page_token);
    assert.equal(viaSdk.length, 45);
    assert.deepEqual(viaSdk, viaRaw);
});

let someJobId;
await check("jobs.get returns what raw HTTP returns", async () => {
    const first = (await raw("GET", "/api/2.2/jobs/list", { query: { limit: 1 } })).jobs[0];
    someJobId = first.job_id;
    const job = await w.jobs.get({ job_id: someJobId });
    const rawJob = await raw("GET", "/api/2.2/jobs/get", { query: { job_id: someJobId } });
    assert.equal(job.job_id, someJobId);
    assert.equal(job.settings.name, rawJob.settings.name);
    assert.equal(job.settings.tasks.length, rawJob.settings.tasks.length);
});

let createdJobId;
await check("jobs.create creates a job raw HTTP can read", async () => {
    const created = await w.jobs.create({
        name: "sdk_conformance_job",
        tasks: [{
            task_key: "main",
            notebook_task: { notebook_path: "/Shared/conformance" },
            new_cluster: { spark_version: "15.4.x-scala2.12", node_type_id: "i3.xlarge", num_workers: 2 },
        }],
        schedule: { quartz_cron_expression: "0 0 2 * * ?", timezone_id: "Europe/Berlin", pause_status: "PAUSED" },
    });
    createdJobId = created.job_id;
    assert.ok(createdJobId > 0);
    const rawJob = await raw("GET", "/api/2.2/jobs/get", { query: { job_id: createdJobId } });
    assert.equal(rawJob.settings.name, "sdk_conformance_job");
    assert.equal(rawJob.settings.schedule.timezone_id, "Europe/Berlin");
});

await check("jobs.runNow runs to TERMINATED/SUCCESS (SDK waiter)", async () => {
    const waiter = await w.jobs.runNow({ job_id: createdJobId });
    assert.ok(waiter.run_id > 0);
    const run = await waiter.wait(); // polls getRun until TERMINATED or SKIPPED
    assert.equal(run.state.life_cycle_state, "TERMINATED");
    assert.equal(run.state.result_state, "SUCCESS");
    const rawRun = await raw("GET", "/api/2.2/jobs/runs/get", { query: { run_id: waiter.run_id } });
    assert.equal(rawRun.status.state, "TERMINATED");
});

await check("jobs.listRuns sees the same runs as raw HTTP", async () => {
    const viaSdk = [];
    for await (const run of w.jobs.listRuns({ job_id: someJobId, limit: 2 })) viaSdk.push(run.run_id);
    const viaRaw = [];
    let page_token;
    do {
        const page = await raw("GET", "/api/2.2/jobs/runs/list", { query: { job_id: someJobId, limit: 2, ...(page_token ? { page_token } : {}) } });
        for (const run of page.runs ?? []) viaRaw.push(run.run_id);
        page_token = page.next_page_token;
    } while (page_token);
    assert.ok(viaSdk.length > 0);
    assert.deepEqual(viaSdk, viaRaw);
});

await check("jobs.cancelRun cancels a live run", async () => {
    const started = await w.jobs.runNow({ job_id: createdJobId });
    for (let i = 0; i < 100; i++) {
        const r = await raw("GET", "/api/2.2/jobs/runs/get", { query: { run_id: started.run_id } });
        if (r.status.state === "RUNNING") break;
        await sleep(50);
    }
    await w.jobs.cancelRun({ run_id: started.run_id });
    let state;
    for (let i = 0; i < 100; i++) {
        state = (await w.jobs.getRun({ run_id: started.run_id })).state;
        if (state.life_cycle_state === "TERMINATED") break;
        await sleep(100);
    }
    assert.equal(state.life_cycle_state, "TERMINATED");
    assert.equal(state.result_state, "CANCELED");
});

let clusterIds = [];
await check("clusters.list lists every cluster", async () => {
    for await (const cluster of w.clusters.list({})) clusterIds.push(cluster.cluster_id);
    const rawList = await raw("GET", "/api/2.1/clusters/list");
    assert.ok(clusterIds.length >= 4);
    assert.deepEqual(clusterIds, rawList.clusters.map((c) => c.cluster_id));
    const detail = await w.clusters.get({ cluster_id: clusterIds[0] });
    assert.equal(detail.cluster_id, clusterIds[0]);
});

await check("clusters.events iterates a cluster's events to the end", async () => {
    const id = clusterIds[0];
    let count = 0;
    let last = 0;
    for await (const event of w.clusters.events({ cluster_id: id, order: "ASC", limit: 250 })) {
        assert.ok(event.timestamp >= last);
        last = event.timestamp;
        count++;
    }
    const total = (await raw("POST", "/api/2.1/clusters/events", { body: { cluster_id: id, limit: 1 } })).total_count;
    assert.equal(count, total);
    assert.ok(count >= 1300);
});

stop();
if (failed) {
    console.log("conformance: FAILED");
    process.exit(1);
}
console.log("conformance: all checks passed");
process.exit(0);
