// Text PostgreSQL cannot store: a NUL character (text and jsonb both refuse it) or a lone UTF-16
// surrogate (not Unicode at all: jsonb refuses its escape, UTF-8 encoding silently turns it into U+FFFD).
// Pure, so the API refuses such input at the edge and the activities refuse it before any side effect.

export type UnstorableProblem = 'nul' | 'lone_surrogate';

export interface UnstorableText {
  /** Where it is, e.g. `events[0].details.summary`; never the text itself. */
  path: string;
  problem: UnstorableProblem;
}

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** What makes `text` unstorable, or null when PostgreSQL can hold it. */
export function unstorableProblem(text: string): UnstorableProblem | null {
  if (text.includes('\u0000')) return 'nul';
  return LONE_SURROGATE.test(text) ? 'lone_surrogate' : null;
}

/**
 * Every string (and property name) in a JSON value that PostgreSQL cannot store, in document order,
 * at most `limit` of them. An empty list means the value can be stored as it is.
 */
export function findUnstorableText(value: unknown, limit = 20): UnstorableText[] {
  const found: UnstorableText[] = [];
  const walk = (v: unknown, path: string): void => {
    if (found.length >= limit) return;
    if (typeof v === 'string') {
      const problem = unstorableProblem(v);
      if (problem) found.push({ path: path || '(value)', problem });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (typeof v === 'object' && v !== null) {
      Object.entries(v).forEach(([key, item], i) => {
        const problem = unstorableProblem(key);
        // An unstorable property name is named by its position: the path never repeats the text.
        if (problem) {
          if (found.length < limit) found.push({ path: `${path || '(value)'}{key ${i}}`, problem });
          return;
        }
        walk(item, IDENTIFIER.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`);
      });
    }
  };
  walk(value, '');
  return found;
}

/** One line naming where the unstorable text is, e.g. `facts.summary (NUL character)`. */
export function describeUnstorableText(found: UnstorableText[]): string {
  const what = { nul: 'NUL character', lone_surrogate: 'lone UTF-16 surrogate' } as const;
  return found.map((f) => `${f.path} (${what[f.problem]})`).join(', ');
}
