// For the browser-code type check only (tsconfig.json): WXT's own declarations import Vite's, and Vite's pull
// in Node's globals. Resolving "vite" here keeps `process`, `Buffer` and node:* out of the extension's code.
export type UserConfig = Record<string, unknown>;
export type Plugin = Record<string, unknown>;
export type ConfigEnv = Record<string, unknown>;
export type InlineConfig = Record<string, unknown>;
