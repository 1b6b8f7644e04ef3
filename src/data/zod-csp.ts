/**
 * zod compiles fast object parsers with `new Function` when it may. Under the app's
 * Content-Security-Policy (no 'unsafe-eval') even zod's guarded probe is reported as a CSP
 * violation, so the probe is switched off. Import this before anything parses with zod
 * (first import of schema.ts, through which the page reaches zod, and in the import worker). Parsing stays correct, a little slower.
 */
import { z } from 'zod';

z.config({ jitless: true });
