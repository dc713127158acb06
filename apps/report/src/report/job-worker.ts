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
  // Settled by the answer as soon as it arrives (the worker then exits on its own), or by a failure;
  // an exit after the answer changes nothing.
  const answer = new Promise<R>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the ${name} worker stopped (exit code ${code}) without a result`)));
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

/**
 * Runs a job on a worker — one started ahead, or one started here from a script — or on this
 * thread when the job is small or there is no worker script (a worker given is then cancelled).
 *
 * @param worker - A worker from {@link startJobWorker}, or the script to start one from.
 * @param name - What the worker does, for error messages.
 * @param job - The job.
 * @param options.small - Whether the job is too small to be worth a worker.
 * @param options.here - Runs the job on this thread (the same result as the worker's).
 * @returns The result, from wherever it ran.
 */
export function runJob<J, R>(
  worker: JobWorker<J, R> | URL,
  name: string,
  job: J,
  options: { small: boolean; here: (job: J) => R | Promise<R> },
): Promise<R> {
  const started = worker instanceof URL ? (options.small ? undefined : startJobWorker<J, R>(worker, name)) : worker;
  if (options.small || started === undefined) {
    started?.cancel();
    return new Promise<R>((resolve) => resolve(options.here(job)));
  }
  return started.run(job);
}
