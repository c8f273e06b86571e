// What went wrong, said plainly: a lost connection or a 503 says so (what was typed stays in the form);
// a refusal shows the API's reason in the user's language.
import type { Problem } from '../api/client';
import { localized, m } from '../i18n';
import { Icon } from './Icon';

export function problemText(p: Problem): string {
  if (p.status === 0) return m().offline;
  if (p.status === 503) return m().unavailable;
  if (p.status === 401 && (p.code === 'SESSION_EXPIRED' || p.code === 'UNAUTHENTICATED')) return m().sessionEnded;
  return localized(p.message);
}

export function ProblemNote({ problem, onRetry }: { problem: Problem | undefined; onRetry?: () => void }) {
  if (!problem) return null;
  return (
    <div class="problem" role="alert">
      <Icon name="alert" />
      <p>{problemText(problem)}</p>
      {onRetry && (problem.status === 0 || problem.status === 503) ? (
        <button type="button" class="secondary" onClick={onRetry}>
          {m().retry}
        </button>
      ) : null}
    </div>
  );
}

/** The API's reason for one field ("body.reason", "reason", "tasks.0.title"), in the user's language. */
export function fieldProblem(problem: Problem | undefined, field: string): string | undefined {
  const found = problem?.fields?.find((f) => f.field === field || f.field.endsWith(`.${field}`) || f.field === `body.${field}`);
  return found ? localized(found.message) : undefined;
}
