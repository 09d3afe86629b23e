import type { QueryClient } from '@tanstack/react-query';
import { DatasetError } from '../../data/dataset-error.ts';
import { datasetQueryOptions, uploadedDatasetQueryOptions, type LoadedDataset } from '../../data/dataset-query.ts';
import { forgetLoadedFile, recallLoadedFile, rememberLoadedFile } from '../../data/loaded-file-store.ts';
import { loadDataset } from '../../data/loader/load-dataset.ts';
import { countOf } from '../../domain/format.ts';
import { listWords } from '../../domain/takeaway-words.ts';
import { useSession } from '../../state/session-store.ts';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Checks a file in full and, when it passes, shows it: nothing on screen changes before. A file
 * the user opens is kept in this browser so a reload shows it again; `restored` is that reload.
 */
export async function openDataFile(client: QueryClient, file: File, how: 'opened' | 'restored'): Promise<void> {
  const { setUpload } = useSession.getState();
  setUpload({ kind: 'checking', fileName: file.name });
  try {
    // A CSV of figures is read against the bundled metrics, regions and sources.
    const base = (await client.ensureQueryData(datasetQueryOptions)).dataset;
    const loaded = await loadDataset({ kind: 'file', file, base });
    client.setQueryData<LoadedDataset>(uploadedDatasetQueryOptions.queryKey, loaded);
    const label = `${countOf(loaded.dataset.observations.length, 'figure')} from ${file.name}`;
    const { goals, events } = loaded.dataset;
    const lacks = listWords([goals.length ? null : 'goals', events.length ? null : 'events']) || null;
    const choice = { source: 'upload', label, lacks, kept: true } as const;
    useSession.getState().chooseDataset(choice);
    setUpload({ kind: 'idle' });
    if (how === 'opened') {
      const kept = await rememberLoadedFile({ file, label }).catch((error: unknown) => {
        useSession.getState().setUpload({
          kind: 'rejected',
          message: `${file.name} is shown, but this browser could not keep it (${reason(error)}), so a reload will show the bundled data`,
          problems: [],
        });
        return false;
      });
      if (!kept) useSession.getState().chooseDataset({ ...choice, kept });
    }
  } catch (error) {
    const problems = error instanceof DatasetError ? error.problems : [];
    const message = error instanceof DatasetError ? error.message : `${file.name} could not be read: ${reason(error)}`;
    if (how === 'restored') {
      // A kept file that no longer passes is dropped: the next reload starts clean.
      await forgetLoadedFile().catch(() => undefined);
      setUpload({ kind: 'rejected', message: `The data you loaded before could not be opened again. ${message}`, problems });
    } else setUpload({ kind: 'rejected', message, problems });
  }
}

/** On page load: the file the user loaded last time, if this browser kept one. */
export async function restoreDataFile(client: QueryClient): Promise<void> {
  try {
    const stored = await recallLoadedFile();
    if (stored) await openDataFile(client, stored.file, 'restored');
  } catch (error) {
    await forgetLoadedFile().catch(() => undefined);
    useSession.getState().setUpload({ kind: 'rejected', message: `The data kept from your last visit could not be read (${reason(error)})`, problems: [] });
  }
}

/** Back to the dataset this site publishes; the kept file is forgotten. */
export function showBundledData() {
  useSession.getState().chooseDataset({ source: 'bundled' });
  void forgetLoadedFile().catch(() => undefined);
}
