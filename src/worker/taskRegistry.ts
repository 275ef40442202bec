/**
 * Named tasks the compute worker can run on plain (structured-clonable) data. The analyses register
 * themselves here; the worker and the in-page fallback look them up by name.
 */
export type Task = (payload: unknown) => unknown;

const tasks = new Map<string, Task>();

/** Makes `task` callable as `name` from the worker client. */
export function registerTask(name: string, task: Task): void {
  tasks.set(name, task);
}

/** The task registered as `name`, if any. */
export function findTask(name: string): Task | undefined {
  return tasks.get(name);
}
