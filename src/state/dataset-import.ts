/**
 * An imported dataset onto the map: its layered layout is computed in a worker (only the built-in
 * one is shipped laid out), the model is built over short tasks (50,000 moves in one go held the
 * page for seconds), then the app shows it. The import was validated before this; a failure here is
 * a bug, and the current data stays (the import session reports it as refused).
 */
import type { Dataset } from '../data/schema';
import { LEVELS, TRACKS } from '../data/vocabulary';
import { layoutDataset } from '../graph/layered/client';
import { createModelInSlices } from '../graph/model';
import type { AppState } from './app-state.svelte';

/** Resolves once the dataset is on screen; rejects (the current data stays) if it cannot be shown. */
export async function showImportedDataset(app: AppState, dataset: Dataset): Promise<void> {
  const layout = await layoutDataset(
    { roles: dataset.roles.filter((r) => !r.outOfScope), transitions: dataset.transitions },
    { levels: LEVELS, tracks: TRACKS },
  );
  app.replaceModel(await createModelInSlices(dataset, layout), false);
}
