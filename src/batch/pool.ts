// Batch: articles shared out to worker threads, each running the same job as the CLI's own thread
// (job.ts). A worker takes the next job when it is done with one; the caller awaits results in input
// order. A worker that dies fails its job (one line on standard error) and is replaced.

import type { Worker as WorkerThread } from "node:worker_threads";
import { lazyImport } from "../lazy.js";
import type { Job, JobResult } from "./job.js";

/** The argument the launcher reads to serve jobs instead of parsing a command line. */
export const WORKER_FLAG = "--article-cli-worker";

interface Slot {
  worker: WorkerThread;
  current: { id: number; resolve: (r: JobResult) => void } | null;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; job: Job; resolve: (r: JobResult) => void }[] = [];
  private nextId = 0;
  private closing = false;

  private constructor(
    private readonly Worker: typeof WorkerThread,
    private readonly script: string,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  static async start(size: number, script: string): Promise<Pool> {
    const { Worker } = await lazyImport<typeof import("node:worker_threads")>("node:worker_threads");
    return new Pool(Worker, script, size);
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new this.Worker(this.script, { argv: [WORKER_FLAG] });
    const slot: Slot = { worker, current: null };
    worker.on("message", (m: { id: number; result: JobResult }) => {
      const c = slot.current;
      slot.current = null;
      if (c && c.id === m.id) c.resolve(m.result);
      this.dispatch();
    });
    const fail = (why: string) => {
      const c = slot.current;
      slot.current = null;
      c?.resolve({ ok: false, kind: "internal", message: why });
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.dispatch();
    };
    worker.on("error", (err) => fail(`worker thread failed: ${err.message}`));
    worker.on("exit", (code) => {
      if (!this.closing && this.slots.includes(slot)) fail(`worker thread exited (${code})`);
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      slot.current = { id: next.id, resolve: next.resolve };
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }
}
