import { useQueryClient } from '@tanstack/react-query';
import { useId, type ChangeEvent } from 'react';
import { DatasetError } from '../../data/dataset-error.ts';
import { datasetQueryOptions, uploadedDatasetQueryOptions, type LoadedDataset } from '../../data/dataset-query.ts';
import { loadDataset } from '../../data/loader/load-dataset.ts';
import { countOf } from '../../domain/format.ts';
import { useSession } from '../../state/session-store.ts';

/** Opens a JSON dataset or a CSV of figures; nothing on screen changes until the whole file validates. */
export function LoadDatasetButton() {
  const id = useId();
  const client = useQueryClient();
  const setUpload = useSession((s) => s.setUpload);
  const checking = useSession((s) => s.upload.kind === 'checking');

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setUpload({ kind: 'checking', fileName: file.name });
    try {
      // A CSV of figures is read against the bundled metrics, regions and sources.
      const base = (await client.ensureQueryData(datasetQueryOptions)).dataset;
      const loaded = await loadDataset({ kind: 'file', file, base });
      client.setQueryData<LoadedDataset>(uploadedDatasetQueryOptions.queryKey, loaded);
      useSession.getState().chooseDataset({ source: 'upload', label: `${countOf(loaded.dataset.observations.length, 'figure')} from ${file.name}` });
      setUpload({ kind: 'idle' });
    } catch (error) {
      if (error instanceof DatasetError) setUpload({ kind: 'rejected', message: error.message, problems: error.problems });
      else setUpload({ kind: 'rejected', message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`, problems: [] });
    }
  };

  return (
    <label className="button file-button" htmlFor={id} aria-busy={checking}>
      {checking ? 'Checking…' : 'Load data'}
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept=".json,.csv,application/json,text/csv"
        onChange={(e) => void onChange(e)}
        disabled={checking}
      />
    </label>
  );
}
