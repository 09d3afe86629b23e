import { useQueryClient } from '@tanstack/react-query';
import { useId, type ChangeEvent } from 'react';
import { uploadedDatasetQueryOptions, useActiveDataset } from '../../data/active-dataset.ts';
import { datasetQueryOptions } from '../../data/dataset-query.ts';
import type { LoadedDataset } from '../../data/parse-dataset.ts';
import { loadDatasetFile } from '../../data/import/load-file.ts';
import { useUpload } from './upload-store.ts';

/** Opens a JSON dataset or a CSV of figures; nothing on screen changes until the whole file validates. */
export function LoadDatasetButton() {
  const id = useId();
  const client = useQueryClient();
  const setStatus = useUpload((s) => s.set);
  const checking = useUpload((s) => s.status.kind === 'checking');

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'checking', fileName: file.name });
    try {
      const base = (client.getQueryData<LoadedDataset>(datasetQueryOptions.queryKey) ?? (await client.fetchQuery(datasetQueryOptions))).dataset;
      const result = await loadDatasetFile(file, base);
      if (!result.ok) {
        setStatus({ kind: 'rejected', message: result.message, problems: result.problems });
        return;
      }
      client.setQueryData<LoadedDataset>(uploadedDatasetQueryOptions.queryKey, { dataset: result.dataset, leftOut: [] });
      useActiveDataset.getState().use('upload', result.summary);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'rejected', message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`, problems: [] });
    }
  };

  return (
    <label className="button file-button" htmlFor={id} aria-busy={checking}>
      {checking ? 'Checking…' : 'Load dataset'}
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
