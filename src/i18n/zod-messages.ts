/**
 * zod words its own checks ("expected number, received string") in the interface language:
 * whichever language `getLocale()` gives when a value is parsed (the page's, or the one the
 * import worker was asked for). The schema's own wording (src/data/problems.ts SCHEMA_WORDS)
 * is English here and worded again by the importer. Import this where imported data or plans
 * are parsed, never from the schema itself: the build parses the dataset before the compiled
 * messages exist.
 */
import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import es from 'zod/v4/locales/es.js';
import { getLocale } from '../paraglide/runtime.js';
import { m as msg } from '../paraglide/messages.js';

const english = en().localeError;
const spanish = es().localeError;

z.config({
  localeError: (issue) =>
    // zod says "expected string, received undefined" for a field left out: a reader fixing a file
    // needs to hear that the field is missing, not a type name.
    issue.code === 'invalid_type' && issue.input === undefined
      ? msg.import_field_missing()
      : (getLocale() === 'es' ? spanish : english)(issue),
});
