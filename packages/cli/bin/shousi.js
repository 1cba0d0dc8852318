#!/usr/bin/env node
// The shousi command. Problems are TypeScript modules, so a TypeScript loader is registered first.
import { register } from 'tsx/esm/api';

register();
// `shousi list | head`: a closed pipe ends the command quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
