/// <reference lib="webworker" />
/**
 * Parses and validates a file away from the page, so a 100,000-row file never freezes it.
 */
import type { Dataset } from '../schema.ts';
import { importFile, type ImportResult } from './import-dataset.ts';

export interface ImportRequest {
  text: string;
  fileName: string;
  base: Dataset;
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { text, fileName, base } = event.data;
  let result: ImportResult;
  try {
    result = importFile(text, fileName, base);
  } catch (error) {
    result = { ok: false, message: `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`, problems: [] };
  }
  self.postMessage(result);
};
