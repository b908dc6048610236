// Types of the JavaScript API (wasm/playground.mjs) and of the result document every run returns.
// The result document is described field by field in the README ("CLI and JSON output"); this file
// says the same in TypeScript for editors and bundlers.

export interface RunOptions {
  filename?: string;
  mode?: 'run' | 'dis';
  /** TORCH_LOGS syntax: "graph_code,guards", "+dynamo", ... */
  logs?: string;
  timeline?: boolean;
  max_steps?: number;
  /** Instructions Dynamo may trace symbolically (default 500,000). */
  max_traced_instructions?: number;
  max_recursion?: number;
  max_objects?: number;
  max_output_bytes?: number;
  /** C++ heap bytes a run may add (default 512 MiB); past it the run stops (exception.budget). */
  max_memory_bytes?: number;
  /** Overrides what the program asks for (the page's toggle). */
  fullgraph?: boolean;
  backend?: string;
  force_eager?: boolean;
  timing?: boolean;
  record_calls?: boolean;
}

export interface ExceptionInfo {
  type: string;
  message: string;
  lineno: number;
  col: number;
  traceback: string;
  /** Set when a playground budget stopped the run: the name of its option. */
  budget?: 'max_steps' | 'max_traced_instructions' | 'max_memory_bytes';
}

export interface GraphInfo {
  compile_id: string;
  frame: string;
  name: string;
  code: string;
  readable: string;
  nodes: { name: string; op: string; lineno: number | null }[];
  call_function_ops: string[];
  break_reason: string | null;
}

export interface GraphBreakInfo {
  compile_id: string;
  frame: string;
  filename: string;
  lineno: number;
  col: number;
  end_col: number;
  gb_type: string;
  context: string;
  explanation: string;
  hints: string[];
  hop: string | null;
  url: string | null;
  message: string;
  reason: string;
  user_stack: string;
  skipped_frame: boolean;
}

export interface ErrorInfo {
  compile_id: string;
  type: string;
  message: string;
  filename: string;
  lineno: number;
  col: number;
  frame: string;
  gb_type?: string;
  context?: string;
  explanation?: string;
  hints?: string[];
  hop?: string | null;
  url?: string | null;
}

export interface TrackerInfo {
  kind: string;
  lazy?: true;
  source?: string;
  value?: string;
}

export interface TimelineEntry {
  frame: number;
  depth: number;
  code: string;
  offset: number;
  opname: string;
  argrepr: string;
  line: number;
  col: number;
  end_line: number;
  end_col: number;
  stack: string[];
  locals: Record<string, string>;
  stack_info: TrackerInfo[];
  locals_info: Record<string, TrackerInfo>;
  nodes?: string[];
  graph?: string;
  guards?: string[];
  guards_info?: { type: string; source: string }[];
  symbols?: { symbol: string; source: string; hint: number; reason: string }[];
  shape_guards?: string[];
  event?: { kind: 'graph_break' | 'error' | 'return'; gb_type?: string; type?: string; message?: string };
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exception: ExceptionInfo | null;
  exit_code: 0 | 1;
  graphs: GraphInfo[];
  graph_breaks: GraphBreakInfo[];
  errors: ErrorInfo[];
  guards: { compile_id: string; frame: string; guards: string[] }[];
  recompiles: { compile_id: string; frame: string; reasons: string[] }[];
  logs: { artifact: string; compile_id: string; text: string }[];
  frames?: unknown[];
  timeline?: TimelineEntry[];
  timeline_truncated: boolean;
  codes: unknown[];
  stats: { steps: number; traced_instructions: number; trace_ms?: number };
  calls?: string[];
}

export interface Playground {
  /** The core's version (the package version). */
  version: string;
  /** Runs (or with mode "dis", disassembles) one program: text, or a source file's bytes (decoded
   *  as CPython decodes a file: coding cookie, BOM, UTF-8). */
  run(source: string | Uint8Array, options?: RunOptions): RunResult;
  /** Bytes of linear memory the instance holds now (it only grows). */
  memoryBytes(): number;
}

export interface CreateOptions {
  /** URL or path of dynamo_playground.wasm (default: the one shipped beside this module). */
  wasmUrl?: string | URL;
  /** Directory of the core's on-demand data files (unicode_names.bin, Unicode's character names for
   *  `\N{...}` and unicodedata), read synchronously when a program first needs one; default: the
   *  directory of the .wasm. */
  dataUrl?: string | URL;
  /** Receives anything the C++ side writes to its own stdout/stderr (it should not). */
  onDiagnostic?: (text: string) => void;
}

export function createPlayground(options?: CreateOptions): Promise<Playground>;

export class PlaygroundCrash extends Error {}
