import { useQueryClient } from '@tanstack/react-query';
import type { ChangeEvent } from 'react';
import { useSession } from '../../state/session-store.ts';

/** The file input of Load data, the one on the page: where the keyboard goes back to from a refused file's notice. */
export const LOAD_DATA_INPUT = 'load-data';

/** Opens a JSON dataset or a CSV of figures; nothing on screen changes until the whole file validates. */
export function LoadDatasetButton() {
  const id = LOAD_DATA_INPUT;
  const client = useQueryClient();
  const checking = useSession((s) => s.upload.kind === 'checking');

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    // The code that reads and keeps a file loads when a file is first chosen.
    if (file) void import('./open-data-file.ts').then((m) => m.openDataFile(client, file, 'opened'));
  };

  return (
    <label className="button file-button" htmlFor={id} aria-busy={checking}>
      {checking ? 'Checking…' : 'Load data'}
      {/* Not `disabled` while a file is checked: that would drop keyboard focus to the page's body. */}
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept=".json,.csv,application/json,text/csv"
        onChange={onChange}
        aria-disabled={checking}
        onClick={(event) => {
          if (checking) event.preventDefault();
        }}
      />
    </label>
  );
}
