import { runInDatasetWorker, workersAvailable } from '../dataset-worker-client.ts';
import type { Dataset } from '../schema.ts';
import type { ImportResult } from './import-dataset.ts';

function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/** Reads, parses and validates a file in the dataset worker (or on this thread where no worker can run). */
export async function loadDatasetFile(file: File, base: Dataset): Promise<ImportResult> {
  const text = await readText(file);
  if (workersAvailable()) {
    try {
      return await runInDatasetWorker({ type: 'import', text, fileName: file.name, base });
    } catch {
      // No worker could start (or it died): read the file here rather than give up.
    }
  }
  const { importFile } = await import('./import-dataset.ts');
  return importFile(text, file.name, base);
}
