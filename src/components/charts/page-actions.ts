import { createContext } from 'react';

/**
 * Whether choosing a mark or a legend entry may change the page: filter it to a year, a segment
 * or a market, or lead to a goal. An embedded panel and a slide have no filters to undo that
 * with (nor the Timeline below the panels), so they set this false, and their marks show their
 * details only.
 */
export const PageActions = createContext(true);
