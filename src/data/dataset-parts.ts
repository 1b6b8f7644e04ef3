/**
 * A dataset crossing between the page and a worker in parts: copying 11 MB (5,000 roles,
 * 50,000 moves) in one message held the receiving thread 90–120 ms under load; each part is
 * copied in a task of its own. The shell is the dataset with its long lists emptied.
 */
import type { Dataset } from '../data/schema';

export interface DatasetPart {
  key: keyof Dataset;
  items: unknown[];
}

/** Items of a long list per part: each copy stays a few milliseconds. */
export const PART_SIZE = 2000;

export function datasetParts(dataset: Dataset, size = PART_SIZE): { shell: Dataset; parts: DatasetPart[] } {
  const shell: Record<string, unknown> = { ...dataset };
  const parts: DatasetPart[] = [];
  for (const [key, value] of Object.entries(dataset)) {
    if (!Array.isArray(value) || value.length <= size) continue;
    shell[key] = [];
    for (let i = 0; i < value.length; i += size)
      parts.push({ key: key as keyof Dataset, items: value.slice(i, i + size) });
  }
  return { shell: shell as unknown as Dataset, parts };
}

/** Puts a part back into the shell it came from (parts arrive in order). */
export function addPart(shell: Dataset, part: DatasetPart): void {
  const list = shell[part.key] as unknown[] | undefined;
  if (Array.isArray(list)) for (const item of part.items) list.push(item);
}
