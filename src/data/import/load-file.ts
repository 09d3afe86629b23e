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

/** Reads, parses and validates a file in a worker (or on this thread where workers are unavailable). */
export async function loadDatasetFile(file: File, base: Dataset): Promise<ImportResult> {
  const text = await readText(file);
  if (typeof Worker === 'undefined') {
    const { importFile } = await import('./import-dataset.ts');
    return importFile(text, file.name, base);
  }
  return new Promise<ImportResult>((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'dataset-import' });
    worker.onmessage = (event: MessageEvent<ImportResult>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      resolve({ ok: false, message: `${file.name} could not be read: ${event.message || 'the reader stopped unexpectedly'}`, problems: [] });
      worker.terminate();
    };
    worker.postMessage({ text, fileName: file.name, base });
  });
}
