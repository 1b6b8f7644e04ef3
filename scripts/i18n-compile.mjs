#!/usr/bin/env node
// Compiles messages/*.json into src/paraglide (typed message functions) so that svelte-check,
// eslint and tsx scripts find them on a fresh clone; Vite runs the same compile through its plugin.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide-options.js';

await compile(paraglideOptions);
// The inlang SDK leaves a handle open that keeps node alive for half a minute after the work is done.
process.exit(0);
