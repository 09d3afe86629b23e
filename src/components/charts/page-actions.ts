import { createContext } from 'react';

/**
 * Whether choosing a mark or a legend entry may change the page: filter it to a year, a segment
 * or a market, or lead to a goal. An embedded panel has no filters to undo that with, so it sets
 * this false, and its marks show their details only.
 */
export const PageActions = createContext(true);
