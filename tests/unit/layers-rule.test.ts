/**
 * The layer rule keeps the folders telling the flow (data → graph → map | text → plans → state → views):
 * an upward import fails lint, a downward one passes.
 */
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import layers from '../../scripts/lint/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('no-upward-import', layers.rules['no-upward-import'], {
  valid: [
    { code: "import { m } from '../data/schema';", filename: 'src/graph/model.ts' },
    { code: "import { x } from './routes/search';", filename: 'src/graph/model.ts' },
    { code: "import { p } from '../plans';", filename: 'src/state/plan-session.svelte.ts' },
    { code: "import { a } from '../lib/slices';", filename: 'src/data/import/client.ts' },
    { code: "import { b } from '../src/data/schema';", filename: 'scripts/tool.ts' },
    { code: "const s = import('../views/RoleList.svelte');", filename: 'src/App.svelte' },
  ],
  invalid: [
    {
      code: "import { f } from '../graph/model';",
      filename: 'src/data/localize.ts',
      errors: [{ messageId: 'upward' }],
    },
    { code: "import { t } from '../text/format';", filename: 'src/map/camera.ts', errors: [{ messageId: 'upward' }] },
    { code: "export { v } from '../views/labels';", filename: 'src/state/x.ts', errors: [{ messageId: 'upward' }] },
    {
      code: "const v = import('../views/RoleList.svelte');",
      filename: 'src/plans/x.ts',
      errors: [{ messageId: 'upward' }],
    },
    { code: "import { q } from '../misc/q';", filename: 'src/graph/x.ts', errors: [{ messageId: 'unknown' }] },
  ],
});
