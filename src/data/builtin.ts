/** The embedded default dataset, validated once at start-up. */
import raw from './careers.json';
import { assertDataset } from './validate';

export const builtinDataset = assertDataset(raw);
