// The benchmark's figures and the table it prints: ours, bare, their ratio, the goal and whether it holds.

export interface Figure {
  engine: string;
  name: string;
  ours: number;
  bare?: number;
  unit: string;
  /** The goal: on ours (an upper bound in `unit`) unless `goalOn` says the ratio. */
  goal?: number;
  goalOn?: 'ours' | 'ratio';
  /** A rate: the ratio's goal is a lower bound. */
  higherIsBetter?: boolean;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const num = (v: number, unit: string) => {
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : 2;
  return unit === '/s' ? `${v.toFixed(0)}/s` : `${v.toFixed(digits)} ${unit}`;
};

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const ratio = f.bare === undefined ? undefined : f.ours / f.bare;
    const measured = f.goalOn === 'ratio' ? ratio : f.ours;
    const met = f.goal === undefined || measured === undefined ? '' : (f.higherIsBetter ? measured >= f.goal : measured <= f.goal) ? 'yes' : 'NO';
    const goal = f.goal === undefined ? '' : `${f.higherIsBetter ? '≥' : '≤'} ${f.goalOn === 'ratio' ? `${f.goal}×` : num(f.goal, f.unit)}`;
    return [f.engine, f.name, num(f.ours, f.unit), f.bare === undefined ? '—' : num(f.bare, f.unit), ratio === undefined ? '—' : `${ratio.toFixed(2)}×`, goal, met];
  });
  const header = ['register', 'figure', 'ours', 'bare', 'ratio', 'goal', 'met'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
