#!/usr/bin/env node
// The shousi command. Problems are TypeScript modules, so a TypeScript loader is registered first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
