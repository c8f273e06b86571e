// A statistics report on screen: the four official categories per group as a stacked bar with the
// table beside it, the rates, the praise and warning flags with the formula that produced them.
import { api, call, type Answer, type Query, type Result } from '../../api/client';
import { Icon } from '../../components/Icon';
import { StackedBarChart } from '../../components/StackedBarChart';
import { formatDay, formatNumber, formatPercent } from '../../format';
import { localized, m } from '../../i18n';

export type Report = Answer<'/api/statistics'>;
type Group = Report['groups'][number];

/** The report as JSON (the same route also answers CSV and Excel files). */
export const getStatistics = (query: Query<'/api/statistics'>) => call(() => api.GET('/api/statistics', { params: { query } })) as Promise<Result<Report>>;

export const CATEGORY_COLORS = { completedOnTime: '#1e7b34', completedLate: '#8a5a00', inProgressOnTime: '#1f5fbf', overdue: '#c62828' };

export function StatisticsView({ report, headingLevel = 2 }: { report: Report; headingLevel?: 2 | 3 }) {
  const t = m();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const name = (g: Group) => report.labels[g.key] ?? g.key;
  const groups = report.groups;
  const th = report.thresholds;
  const bars = {
    labels: groups.map(name),
    series: [
      { label: t.category.completed_on_time!, color: CATEGORY_COLORS.completedOnTime, data: groups.map((g) => g.completedOnTime) },
      { label: t.category.completed_late!, color: CATEGORY_COLORS.completedLate, data: groups.map((g) => g.completedLate) },
      { label: t.category.in_progress_on_time!, color: CATEGORY_COLORS.inProgressOnTime, data: groups.map((g) => g.inProgressOnTime) },
      { label: t.category.overdue!, color: CATEGORY_COLORS.overdue, data: groups.map((g) => g.overdue) },
    ],
  };
  const chartLabel = `${t.chartTitle}. ${groups.map((g) => `${name(g)}: ${bars.series.map((s, i) => `${s.label} ${[g.completedOnTime, g.completedLate, g.inProgressOnTime, g.overdue][i]}`).join(', ')}`).join('; ')}`;
  return (
    <div class="report">
      <p class="period">{t.period(formatDay(report.period.from), formatDay(report.period.to), formatDay(report.period.snapshot))}</p>
      <div class="formula">
        <p>
          <strong>{t.formula}:</strong> {t.formulas[report.formula] ?? report.formula}
        </p>
        <ul class="plain">
          <li>{localized(report.formulaText.completion)}</li>
          <li>{localized(report.formulaText.onTime)}</li>
          <li>{localized(report.formulaText.overdue)}</li>
        </ul>
        <p class="sub">
          {t.praiseRule(th.praise.tasksAbove, formatPercent(th.praise.completionAbove), formatPercent(th.praise.onTimeAbove), formatPercent(th.praise.overdueAtMost))}{' '}
          {t.warningRule(formatPercent(th.warning.completionBelow), formatPercent(th.warning.overdueAbove))}
        </p>
      </div>
      <H>{t.chartTitle}</H>
      <StackedBarChart bars={bars} label={chartLabel} />
      <H>{t.dataTable}</H>
      <div class="scroll" tabIndex={0} role="region" aria-label={m().dataTable}>
        <table class="numbers">
          <thead>
            <tr>
              <th scope="col">{t.groups[report.groupBy]}</th>
              <th scope="col">{t.assigned}</th>
              <th scope="col">{t.category.completed_on_time}</th>
              <th scope="col">{t.category.completed_late}</th>
              <th scope="col">{t.category.in_progress_on_time}</th>
              <th scope="col">{t.category.overdue}</th>
              <th scope="col">{t.category.no_deadline}</th>
              <th scope="col">{t.formulaCompletion}</th>
              <th scope="col">{t.formulaOnTime}</th>
              <th scope="col">{t.flags}</th>
            </tr>
          </thead>
          <tbody>
            {[...groups, { ...report.total, key: '__total' }].map((g) => (
              <tr key={g.key} class={g.key === '__total' ? 'total' : ''}>
                <th scope="row">{g.key === '__total' ? t.total : name(g)}</th>
                <td>{formatNumber(g.assigned)}</td>
                <td>{formatNumber(g.completedOnTime)}</td>
                <td>{formatNumber(g.completedLate)}</td>
                <td>{formatNumber(g.inProgressOnTime)}</td>
                <td>{formatNumber(g.overdue)}</td>
                <td>{formatNumber(g.noDeadline)}</td>
                <td>{formatPercent(g.completionRate)}</td>
                <td>{formatPercent(g.onTimeRate)}</td>
                <td>
                  {g.key !== '__total' && g.praise ? (
                    <span class="flag flag-praise">
                      <Icon name="star" /> {t.praise}
                    </span>
                  ) : null}
                  {g.key !== '__total' && g.warning ? (
                    <span class="flag flag-warning">
                      <Icon name="flag" /> {t.warning}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
