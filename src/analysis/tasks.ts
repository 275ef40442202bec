/**
 * Registers the analyses as worker tasks (name → function on plain data), so the pane can run them
 * off the UI thread. Each analysis module adds its registration here.
 */
export {};
