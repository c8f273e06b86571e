// A stacked bar chart (Chart.js, loaded when first needed) described for screen readers; the data
// table beside it carries the same figures.
import { useEffect, useRef } from 'preact/hooks';
import { currentLang } from '../i18n';
import type { StackedBars } from './chart-impl';

export function StackedBarChart({ bars, label }: { bars: StackedBars; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let destroy: (() => void) | undefined;
    let live = true;
    void import('./chart-impl').then(({ drawStackedBars }) => {
      if (live && ref.current) destroy = drawStackedBars(ref.current, bars, currentLang() === 'vi' ? 'vi-VN' : 'en-GB');
    });
    return () => {
      live = false;
      destroy?.();
    };
  }, [JSON.stringify(bars)]);
  return (
    <div class="chart" style={{ height: `${Math.max(160, bars.labels.length * 34 + 80)}px` }}>
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}
