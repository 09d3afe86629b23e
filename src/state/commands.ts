/**
 * Commands are defined once, with their name, their effect and their keyboard shortcut; buttons
 * and the shortcut handler both use these definitions, so a label or key never drifts.
 */
import { isEmbedPage } from './pages.ts';
import { hasActiveFilters, useViewStore } from './view-store.ts';

export interface Command {
  id: string;
  label: string;
  /** One key (KeyboardEvent.key), matched case-insensitively without modifiers; shown in the button's title. */
  shortcut?: string;
  run: () => void;
  isEnabled: () => boolean;
}

/**
 * Presenting, or a panel embedded in another site's page: there, with no filter bar to put them
 * back, a stray R would wipe the link's filters, and P start a deck its frame never shows.
 */
const elsewhere = () => useViewStore.getState().slide !== null || useViewStore.getState().embed !== null || isEmbedPage();

export const resetFiltersCommand: Command = {
  id: 'reset-filters',
  label: 'Reset filters',
  shortcut: 'r',
  run: () => useViewStore.getState().resetFilters(),
  isEnabled: () => !elsewhere() && hasActiveFilters(useViewStore.getState()),
};

export const presentCommand: Command = {
  id: 'present',
  label: 'Present',
  shortcut: 'p',
  run: () => useViewStore.getState().patch({ slide: 1, deck: 'panels' }),
  isEnabled: () => !elsewhere(),
};

export const showAllPanelsCommand: Command = {
  id: 'show-all-panels',
  label: 'Show all panels',
  shortcut: 'Escape',
  run: () => useViewStore.getState().setFocus(null),
  isEnabled: () => !elsewhere() && useViewStore.getState().focus !== null,
};

export const COMMANDS: readonly Command[] = [resetFiltersCommand, presentCommand, showAllPanelsCommand];
