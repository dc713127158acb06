import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread for one job, started ahead of it: it loads its modules while this thread is
 * still busy (analysing the corpus), and gets its job later by message.
 */
export interface JobWorker<J, R> {
  /**
   * Sends the job. Resolves to the worker's answer; rejects when the job fails, the worker stops
   * without an answer, or a job was sent before.
   */
  run(job: J): Promise<R>;
  /** Stops the worker: one whose job is not wanted any more, or was never sent. */
  cancel(): void;
}

/**
 * Starts a worker script that answers one job message with one message (see the `*-worker.ts`
 * entries). While it waits for its job it does not keep the process alive.
 *
 * @param url - The worker script.
 * @param name - What the worker does, for error messages (`topic`, `keywords`).
 * @returns The worker, or `undefined` when the script is not there (running from source, as in tests).
 */
export function startJobWorker<J, R>(url: URL, name: string): JobWorker<J, R> | undefined {
  if (!existsSync(fileURLToPath(url))) return undefined;
  const worker = new Worker(url);
  worker.unref();
  let sent = false;
  const answer = new Promise<R>((resolve, reject) => {
    let result: { value: R } | undefined;
    worker.once('message', (value: R) => {
      result = { value };
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result !== undefined) resolve(result.value);
      else reject(new Error(`the ${name} worker stopped (exit code ${code}) without a result`));
    });
  });
  // Until `run` hands it out, a failure (a cancelled worker, a start-up error) is nobody's to handle.
  answer.catch(() => {});
  return {
    run(job) {
      if (sent) return Promise.reject(new Error(`the ${name} worker takes one job`));
      sent = true;
      worker.ref();
      worker.postMessage(job);
      return answer;
    },
    cancel() {
      void worker.terminate();
    },
  };
}
