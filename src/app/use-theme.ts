import { useEffect } from 'react';
import { useViewStore } from '../state/view-store.ts';

/** Mirrors the chosen theme onto <html data-theme>, which the CSS tokens follow ("system" removes it). */
export function useThemeAttribute() {
  const theme = useViewStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
