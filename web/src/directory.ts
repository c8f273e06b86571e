// The directory (agencies and leaders), loaded once after sign-in, to show names instead of ids.
import { useEffect, useState } from 'preact/hooks';
import { api, call, type Answer } from './api/client';

export type Agency = Answer<'/api/agencies'>['items'][number];
export type Leader = Answer<'/api/leaders'>['items'][number];

export interface Directory {
  agencies: Agency[];
  leaders: Leader[];
  agencyName: (id: string) => string;
  leaderName: (id: string) => string;
}

let loading: Promise<Directory> | undefined;
let loaded: Directory | undefined;
let retries = 0;

export function loadDirectory(): Promise<Directory> {
  loading ??= (async () => {
    const [a, l] = await Promise.all([call(() => api.GET('/api/agencies')), call(() => api.GET('/api/leaders'))]);
    const agencies = a.ok ? a.data.items : [];
    const leaders = l.ok ? l.data.items : [];
    const agencyById = new Map(agencies.map((x) => [x.id, x.name]));
    const leaderById = new Map(leaders.map((x) => [x.id, `${x.title} ${x.name}`]));
    const directory: Directory = { agencies, leaders, agencyName: (id) => agencyById.get(id) ?? id, leaderName: (id) => leaderById.get(id) ?? id };
    if (a.ok && l.ok) {
      retries = 0;
      return (loaded = directory);
    }
    // A busy or restarting server (503, a lost connection): try again shortly, and give every screen the names when they come.
    loading = undefined;
    const problem = a.ok ? (l.ok ? undefined : l.problem) : a.problem;
    if (problem && (problem.status === 0 || problem.status >= 500) && retries < 10) {
      retries += 1;
      setTimeout(() => void reloadDirectory(), 1000 * retries);
    }
    return directory;
  })();
  return loading;
}

export function forgetDirectory(): void {
  loading = undefined;
  loaded = undefined;
}

const listeners = new Set<(d: Directory) => void>();

/** Reads the directory again after a change and gives it to every screen showing names. */
export async function reloadDirectory(): Promise<void> {
  forgetDirectory();
  const d = await loadDirectory();
  for (const listener of listeners) listener(d);
}

const EMPTY: Directory = { agencies: [], leaders: [], agencyName: (id) => id, leaderName: (id) => id };

export function useDirectory(): Directory {
  const [dir, setDir] = useState<Directory>(loaded ?? EMPTY);
  useEffect(() => {
    if (!loaded) void loadDirectory().then(setDir);
    listeners.add(setDir);
    return () => void listeners.delete(setDir);
  }, []);
  return dir;
}
