// Chart.js, tree-shaken to the stacked bar the reports use; loaded only by the screens that chart.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface StackedBars {
  labels: string[];
  series: { label: string; color: string; data: number[] }[];
}

export function drawStackedBars(canvas: HTMLCanvasElement, bars: StackedBars, locale: string): () => void {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: bars.labels, datasets: bars.series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color, borderWidth: 0 })) },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale,
      scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true, ticks: { autoSkip: false } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  return () => chart.destroy();
}
