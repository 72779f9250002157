// Batch: articles shared out to worker threads, each running the same job as the CLI's own thread
// (job.ts). A worker takes the next job when it is done with one; the caller awaits results in input
// order. A worker that dies fails its job (one line on standard error) and is replaced; one that runs
// out of its heap hands its article to the CLI's own thread, which has no such cap.

import type { Worker as WorkerThread } from "node:worker_threads";
import { lazyImport } from "../lazy.js";
import { runJob, type Job, type JobResult } from "./job.js";

/** Each worker's old-generation heap, capped: left to itself V8 lets every worker's heap grow with the
 * batch (show --json over 4,144 dev articles: 348 MiB peak with two workers, 241 MiB capped at 96 and
 * 247 at 160; one thread alone 214). An article too big for it is read on the CLI's thread instead. */
const WORKER_OLD_SPACE_MB = 128;

/** The argument the launcher reads to serve jobs instead of parsing a command line. */
export const WORKER_FLAG = "--article-cli-worker";

interface Slot {
  worker: WorkerThread;
  current: { id: number; job: Job; resolve: (r: JobResult) => void } | null;
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
    private readonly heapMb: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  static async start(size: number, script: string, heapMb = WORKER_OLD_SPACE_MB): Promise<Pool> {
    const { Worker } = await lazyImport<typeof import("node:worker_threads")>("node:worker_threads");
    return new Pool(Worker, script, size, heapMb);
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
    const worker = new this.Worker(this.script, { argv: [WORKER_FLAG], resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const slot: Slot = { worker, current: null };
    worker.on("message", (m: { id: number; result: JobResult }) => {
      const c = slot.current;
      slot.current = null;
      if (c && c.id === m.id) c.resolve(m.result);
      this.dispatch();
    });
    const fail = (why: string, outOfMemory = false) => {
      const c = slot.current;
      slot.current = null;
      if (c && outOfMemory) void runJob(c.job).then(c.resolve);
      else c?.resolve({ ok: false, kind: "internal", message: why });
      if (this.closing) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.dispatch();
    };
    worker.on("error", (err) => fail(`worker thread failed: ${err.message}`, (err as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"));
    worker.on("exit", (code) => {
      if (!this.closing && this.slots.includes(slot)) fail(`worker thread exited (${code})`);
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      slot.current = { id: next.id, job: next.job, resolve: next.resolve };
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }
}
