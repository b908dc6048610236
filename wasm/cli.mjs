#!/usr/bin/env node
// Command-line front end of the WebAssembly core, behaving like `python FILE` would:
// the program's stdout and stderr go to ours, and the exit status is the program's.
// tests/native/dp_native.cpp is the native twin of this file: keep their flags in step.
import { readFile } from 'node:fs/promises';
import { checkDocuments, formatReport, writeBundle } from './check.mjs';
import { createPlayground } from './playground.mjs';

const USAGE = `usage: dynamo-playground [dis] FILE [options]
       dynamo-playground check DOCS... [--update] [--json] [--bundle=FILE]

Runs FILE (a small PyTorch program) in the Dynamo Playground core, like \`python FILE\`:
its stdout and stderr become ours and the exit status is the program's (0, or 1 after an
uncaught exception). FILE may be - to read the program from standard input.

  dis               print the bytecode disassembly of FILE instead of running it
  check DOCS...     docs CI: run the Python code blocks of the Markdown/MyST, reStructuredText
                    and HTML files in DOCS (files or directories) and compare each result with
                    the one stored beside the document (NAME.dynamo.json); --update writes them;
                    --bundle=FILE writes every block's preview for embed.js into FILE
  --logs=SPEC       TORCH_LOGS-style logging, e.g. graph_code,guards or +dynamo
                    (default: the TORCH_LOGS environment variable)
  --max-steps=N     stop the program after N interpreter steps
  --max-memory-mb=N stop the program when it holds N MiB more memory than at its start
  --timeline        record the tracing timeline (visible with --json)
  --json            print the whole result as one line of JSON; exit 0 unless the CLI failed
  --version         print the core's version
  -h, --help        show this help

Exit status: the program's (0 or 1); 2 for bad arguments or an unreadable FILE;
3 when the WebAssembly core itself crashed. check: 0 when every block passes, 1 otherwise.`;

class UsageError extends Error {}

// strerror() texts, as CPython prints them for an unreadable script.
const OS_ERRORS = { ENOENT: 'No such file or directory', EISDIR: 'Is a directory', EACCES: 'Permission denied' };

function parseArgs(argv, env = {}) {
  const opts = { mode: 'run', file: null, json: false, logs: env.TORCH_LOGS ?? '', maxSteps: null, maxMemoryMb: null,
                 timeline: false, help: false, version: false, update: false, docs: [] };
  if (argv[0] === 'check') {
    opts.mode = 'check';
    for (const arg of argv.slice(1)) {
      if (arg === '--update') opts.update = true;
      else if (arg.startsWith('--bundle=')) opts.bundle = arg.slice('--bundle='.length);
      else if (arg === '--json') opts.json = true;
      else if (arg === '-h' || arg === '--help') opts.help = true;
      else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg} for check`);
      else opts.docs.push(arg);
    }
    if (!opts.docs.length && !opts.help) throw new UsageError('check needs DOCS (files or directories)');
    return opts;
  }
  const positional = [];
  const valueOf = (arg, name, i) => {
    if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), i];
    if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
    return [argv[i + 1], i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    } else if (arg === '-h' || arg === '--help') {
      opts.help = true;
    } else if (arg === '--version') {
      opts.version = true;
    } else if (arg === '--json') {
      opts.json = true;
    } else if (arg === '--timeline') {
      opts.timeline = true;
    } else if (arg === '--logs' || arg.startsWith('--logs=')) {
      [opts.logs, i] = valueOf(arg, '--logs', i);
    } else if (arg === '--max-steps' || arg.startsWith('--max-steps=')) {
      let text;
      [text, i] = valueOf(arg, '--max-steps', i);
      if (!/^[0-9]+$/.test(text)) throw new UsageError(`--max-steps wants a non-negative integer, not '${text}'`);
      opts.maxSteps = Number(text);
    } else if (arg === '--max-memory-mb' || arg.startsWith('--max-memory-mb=')) {
      let text;
      [text, i] = valueOf(arg, '--max-memory-mb', i);
      if (!/^[0-9]{1,9}$/.test(text) || Number(text) === 0) {
        throw new UsageError(`--max-memory-mb wants a positive integer, not '${text}'`);
      }
      opts.maxMemoryMb = Number(text);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (opts.help || opts.version) return opts;
  if (positional.length === 2 && positional[0] === 'dis') {
    opts.mode = 'dis';
    opts.file = positional[1];
  } else if (positional.length === 1 && positional[0] !== 'dis') {
    opts.file = positional[0];
  } else {
    throw new UsageError(positional.length === 0 || (positional.length === 1 && positional[0] === 'dis')
      ? 'missing FILE' : `unexpected argument ${positional.at(-1)}`);
  }
  return opts;
}

// The program's bytes, not text: the core decodes them as CPython does (a PEP 263 coding cookie,
// a BOM, UTF-8 otherwise), so a Latin-1 file runs here as it does natively.
async function readProgram(file) {
  if (file !== '-') return readFile(file);
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// The strings `python3 -m dis` has interned when it compiles FILE: they decide the order of some
// frozenset constants (docs/dis-conformance.md). One per line; '#' starts a comment line.
async function startupInterned() {
  const text = await readFile(new URL('../core/python/startup_interned.txt', import.meta.url), 'utf8');
  return text.split('\n').filter((line) => line && !line.startsWith('#'));
}

// Resolves once the text has been handed to the OS, so that exiting cannot cut a piped write.
function write(stream, text) {
  return new Promise((resolve) => (text ? stream.write(text, resolve) : resolve()));
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await write(process.stderr, `dynamo-playground: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (opts.help) {
    await write(process.stdout, `${USAGE}\n`);
    return 0;
  }

  if (opts.mode === 'check') return check(opts);

  let source = new Uint8Array(0);
  if (!opts.version) {
    try {
      source = await readProgram(opts.file);
    } catch (error) {
      // The wording follows CPython's for the same mistake.
      const reason = OS_ERRORS[error.code] ?? error.message;
      await write(process.stderr, `cli.mjs: can't open file '${opts.file}': [Errno ${-error.errno}] ${reason}\n`);
      return 2;
    }
  }

  const playground = await createPlayground();
  if (opts.version) {
    await write(process.stdout, `${playground.version}\n`);
    return 0;
  }
  const runOptions = { filename: opts.file === '-' ? '<stdin>' : opts.file, mode: opts.mode, logs: opts.logs };
  if (opts.timeline) runOptions.timeline = true;
  if (opts.maxSteps !== null) runOptions.max_steps = opts.maxSteps;
  if (opts.maxMemoryMb !== null) runOptions.max_memory_bytes = opts.maxMemoryMb * 2 ** 20;
  if (opts.mode === 'dis') runOptions.startup_interned = await startupInterned();
  const result = playground.run(source, runOptions);

  if (opts.json) {
    await write(process.stdout, `${JSON.stringify(result)}\n`);
    return 0;
  }
  await write(process.stdout, result.stdout ?? '');
  await write(process.stderr, result.stderr ?? '');
  return Number.isInteger(result.exit_code) ? result.exit_code : 1;
}

async function check(opts) {
  const playground = await createPlayground();
  let summary;
  try {
    summary = checkDocuments(playground, opts.docs, { update: opts.update });
  } catch (error) {
    if (error?.name === 'PlaygroundCrash') throw error;
    await write(process.stderr, `dynamo-playground check: ${error.message}\n`);
    return 2;
  }
  await write(process.stdout, opts.json ? `${JSON.stringify(summary)}\n` : formatReport(summary));
  if (opts.bundle && !summary.failed) writeBundle(opts.docs, opts.bundle);
  return summary.failed ? 1 : 0;
}

main().then(
  (code) => { process.exitCode = code; },
  async (error) => {
    // For a crash of the core, the wasm frames of the cause are what helps; our own frames do not.
    const text = error?.name === 'PlaygroundCrash'
      ? `${error.message}\n${error.cause?.stack ?? ''}` : `internal error: ${error?.stack ?? error}`;
    await write(process.stderr, `cli.mjs: ${text.trimEnd()}\n`);
    process.exitCode = 3;
  });
