#!/usr/bin/env node
// The `presswork` bin. Everything but the process wiring is in run-cli.ts, which tests call through
// this file in a child process, as a user would.
import { runCli } from './run-cli';

// A closed pipe (`presswork annotate corpus.jsonl | head`) is the reader saying it has enough.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
