// The few WebAssembly JS-API types the LU glue needs. src/core compiles without DOM or Node types
// (tsconfig.core.json: lib ES2022, types []), and ES2022 has no WebAssembly namespace. These are module-scoped
// (not a global `declare namespace WebAssembly`) so that they cannot clash with the DOM or Node declarations
// other configurations load; the glue reads `globalThis.WebAssembly` through them.

/** A compiled module (opaque). */
export interface WasmModule {
  readonly __wasmModule?: never;
}

/** Linear memory of an instance. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(deltaPages: number): number;
}

/** An instantiated module. */
export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

/** The subset of the global `WebAssembly` object used by the glue. */
export interface WasmNamespace {
  validate(bytes: Uint8Array): boolean;
  compile(bytes: Uint8Array): Promise<WasmModule>;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => WasmInstance;
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
}
