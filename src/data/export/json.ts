/**
 * The dataset as pretty JSON in the app's own format: what validateDataset reads back
 * unchanged, so an export can be edited and imported again.
 */
import type { Dataset } from '../schema';

export function datasetToJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
