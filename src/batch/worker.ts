// Batch: a worker thread's side: take jobs, answer each with its result (pool.ts sends them).

import { lazyImport } from "../lazy.js";
import { runJob, type Job } from "./job.js";

export async function serveJobs(): Promise<void> {
  const { parentPort } = await lazyImport<typeof import("node:worker_threads")>("node:worker_threads");
  if (!parentPort) throw new Error("serveJobs runs in a worker thread");
  const port = parentPort;
  port.on("message", async (m: { id: number; job: Job }) => port.postMessage({ id: m.id, result: await runJob(m.job) }));
}
