/**
 * Outside Excel (the workbench in a plain browser) there is no `CustomFunctions` global, and the
 * build-time `CustomFunctions.associate(...)` calls would throw. A no-op registry keeps the page
 * error-free; inside Excel the real one is left untouched.
 */
const scope = globalThis as { CustomFunctions?: { associate?: unknown } };
scope.CustomFunctions ??= { associate: () => undefined };
export {};
