// Loading a screen's data through the typed client: the data, or the Problem to show, and a reload.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Problem, Result } from './api/client';

export interface Loaded<T> {
  data: T | undefined;
  problem: Problem | undefined;
  loading: boolean;
  reload: () => void;
  /** Replaces the data with what an action answered (the page shows the new state without a reload). */
  set: (data: T) => void;
}

export function useApi<T>(load: () => Promise<Result<T>>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; problem?: Problem; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void load().then((r) => {
      if (!live) return;
      setState(r.ok ? { data: r.data, loading: false } : { problem: r.problem, loading: false });
    });
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const set = useCallback((data: T) => setState({ data, loading: false }), []);
  return { ...state, reload, set } as Loaded<T>;
}
