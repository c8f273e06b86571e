// Small line icons drawn inline (no icon font to load); always beside a word, never alone.
const PATHS: Record<string, string> = {
  check: 'M3 8.5l3 3 7-7',
  play: 'M5 3l8 5-8 5z',
  clock: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 4v4l3 2',
  alert: 'M8 1.5L15 14H1zM8 6v4M8 11.5v1',
  hourglass: 'M4 1.5h8M4 14.5h8M5 1.5c0 4 6 4.5 6 6.5s-6 2.5-6 6.5M11 1.5c0 4-6 4.5-6 6.5s6 2.5 6 6.5',
  inbox: 'M1.5 3.5h13v9h-13zM1.5 4l6.5 5 6.5-5',
  infinity: 'M8 8c-1.5-2-2.5-3-4-3a3 3 0 0 0 0 6c1.5 0 2.5-1 4-3s2.5-3 4-3a3 3 0 0 1 0 6c-1.5 0-2.5-1-4-3z',
  pause: 'M5 3v10M11 3v10',
  cross: 'M4 4l8 8M12 4l-8 8',
  ban: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM3.5 12.5l9-9',
  star: 'M8 1.5l2 4.3 4.5.5-3.4 3 1 4.6L8 11.6 3.9 13.9l1-4.6-3.4-3 4.5-.5z',
  flag: 'M3 15V2M3 2h9l-2 3 2 3H3',
  bell: 'M4 11V7a4 4 0 0 1 8 0v4l1.5 1.5h-11zM6.5 14h3',
  user: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2.5 15c0-3 2.5-5 5.5-5s5.5 2 5.5 5',
  arrow: 'M3 8h10M9 4l4 4-4 4',
};

export function Icon({ name, size = 16 }: { name: keyof typeof PATHS | string; size?: number }) {
  return (
    <svg class="icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name] ?? PATHS.clock} fill={name === 'play' || name === 'star' ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
