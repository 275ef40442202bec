/**
 * Installs a recording `CustomFunctions.associate` in the worker (which has no Excel runtime). Must be
 * imported before the catalogue modules: their build-time association calls then land here.
 */
const registry = new Map<string, (...args: unknown[]) => unknown>();

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => {
    registry.set(id, fn);
  },
};

/** id → custom function, filled as the catalogue modules load. */
export const functions: ReadonlyMap<string, (...args: unknown[]) => unknown> = registry;
