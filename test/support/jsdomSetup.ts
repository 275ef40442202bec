/**
 * What jsdom lacks and Fluent UI v9 (or the pane) needs: ResizeObserver, matchMedia, scrollIntoView,
 * TextEncoder/TextDecoder, and a hidden-element-safe `animate` stub. Imported first by each UI test file
 * (jest.config.js is shared and stays on the node environment; UI files opt in with @jest-environment jsdom).
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

const g = globalThis as unknown as Record<string, unknown>;

if (g.ResizeObserver === undefined) {
  const nothing = (): void => undefined;
  g.ResizeObserver = class {
    observe = nothing;
    unobserve = nothing;
    disconnect = nothing;
  };
}

if (typeof window !== "undefined") {
  if (typeof window.matchMedia !== "function") {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as unknown as MediaQueryList;
  }
  if (typeof Element.prototype.scrollIntoView !== "function") {
    Element.prototype.scrollIntoView = (): void => undefined;
  }
}

if (g.TextEncoder === undefined) g.TextEncoder = NodeTextEncoder;
if (g.TextDecoder === undefined) g.TextDecoder = NodeTextDecoder;

export {};
