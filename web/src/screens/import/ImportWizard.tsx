// The import wizard: choose an .xlsx or .csv export, map its columns from its header row (a CSV's is
// read here, an Excel file's by the server; typed by hand, header text or column letter, only when the
// file cannot be read), preview every row's verdict without storing anything, then confirm. Refused rows say which column and why.
import { useState } from 'preact/hooks';
import { api, call, type Body, type Created, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/Page';
import { ProblemNote } from '../../components/ProblemNote';
import { useDirectory } from '../../directory';
import { localized, m } from '../../i18n';

type ImportBody = Body<'/api/imports', 'post'>;
type Mapping = ImportBody['mapping'];
type Report = Created<'/api/imports'>;
const REQUIRED = ['title', 'deadline', 'leadAgency', 'directiveNumber', 'directiveDate'] as const;
const OPTIONAL = ['coordinatingAgencies', 'assigningLeader', 'signer', 'code', 'content', 'directiveTitle'] as const;
const GUESSES: Record<string, string[]> = {
  title: ['trích yếu', 'nội dung nhiệm vụ', 'nhiệm vụ'],
  deadline: ['hạn xử lý', 'thời hạn', 'hạn hoàn thành'],
  leadAgency: ['đơn vị chủ trì', 'cơ quan chủ trì', 'chủ trì'],
  directiveNumber: ['số ký hiệu', 'số văn bản', 'số hiệu'],
  directiveDate: ['ngày ban hành', 'ngày văn bản'],
  coordinatingAgencies: ['đơn vị phối hợp', 'cơ quan phối hợp', 'phối hợp'],
  assigningLeader: ['lãnh đạo giao', 'người giao'],
  signer: ['người ký'],
  code: ['mã', 'mã nhiệm vụ'],
};

/** The header cells of a CSV's first line (comma, semicolon or tab separated, quotes allowed). */
export function csvHeaders(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const sep = [';', '\t', ','].find((s) => line.includes(s)) ?? ',';
  return line.split(sep).map((c) => c.trim().replace(/^"|"$/g, '').replace(/""/g, '"')).filter(Boolean);
}

function guess(headers: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, words] of Object.entries(GUESSES)) {
    const found = headers.find((h) => words.includes(h.toLowerCase()));
    if (found) out[field] = found;
  }
  return out;
}

export function ImportWizard() {
  const t = m();
  const dir = useDirectory();
  const [file, setFile] = useState<{ name: string; content: string; headers: string[] } | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [source, setSource] = useState('peoples_committee');
  const [leader, setLeader] = useState('');
  const [preview, setPreview] = useState<Report | null>(null);
  const [result, setResult] = useState<Report | null>(null);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const choose = async (e: Event) => {
    const f = (e.currentTarget as HTMLInputElement).files?.[0];
    setPreview(null);
    setResult(null);
    if (!f) return setFile(null);
    const bytes = new Uint8Array(await f.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const content = btoa(binary);
    let headers: string[] = [];
    if (/\.csv$/i.test(f.name)) headers = csvHeaders(new TextDecoder().decode(bytes));
    else {
      // An Excel file is read by the server (the same reader the import uses); if it cannot, the columns are typed.
      const read = await call(() => api.POST('/api/imports/headers', { body: { filename: f.name, content } }));
      if (read.ok) headers = read.data.headers;
      setProblem(read.ok ? undefined : read.problem);
    }
    setFile({ name: f.name, content, headers });
    setMapping(guess(headers));
  };
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    const body: ImportBody = {
      filename: file.name, content: file.content, mapping: Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)) as Mapping,
      defaults: { source: source as ImportBody['defaults']['source'], ...(leader ? { assigningLeaderId: leader } : {}) }, dryRun,
    };
    const r = await call(() => api.POST('/api/imports', { body }));
    setBusy(false);
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    const report = r.data as Report; // 200 for a dry run, 201 when taken: the same report
    if (dryRun) setPreview(report);
    else setResult(report);
  };
  const column = (f: string, required: boolean) => {
    const id = `map-${f}`;
    return (
      <Field key={f} id={id} label={t.mapFields[f] ?? f} required={required}>
        {file?.headers.length ? (
          <select id={id} value={mapping[f] ?? ''} onChange={(e) => setMapping((mp) => ({ ...mp, [f]: e.currentTarget.value }))}>
            <option value="">{t.notMapped}</option>
            {file.headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        ) : (
          <input id={id} value={mapping[f] ?? ''} onInput={(e) => setMapping((mp) => ({ ...mp, [f]: e.currentTarget.value }))} />
        )}
      </Field>
    );
  };
  const shown = result ?? preview;
  return (
    <section>
      <PageTitle title={t.importTitle} />
      <h2>{t.importStep1}</h2>
      <Field id="import-file" label={t.file}>
        <input id="import-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={choose} />
      </Field>
      {file ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void send(true);
          }}
        >
          <h2>{t.importStep2}</h2>
          <div class="filter-grid">
            {REQUIRED.map((f) => column(f, true))}
            {OPTIONAL.map((f) => column(f, false))}
            <Field id="imp-source" label={t.defaultSource}>
              <select id="imp-source" value={source} onChange={(e) => setSource(e.currentTarget.value)}>
                {Object.keys(t.source).map((s) => (
                  <option key={s} value={s}>
                    {t.source[s]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="imp-leader" label={t.defaultLeader}>
              <select id="imp-leader" value={leader} onChange={(e) => setLeader(e.currentTarget.value)}>
                <option value="">{t.notMapped}</option>
                {dir.leaders.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.title} {l.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <ProblemNote problem={problem} />
          <div class="buttons">
            <button type="submit" disabled={busy}>
              {t.preview}
            </button>
            {preview && !result ? (
              <button type="button" disabled={busy || preview.totals.wouldTake === 0} onClick={() => void send(false)}>
                {t.confirmImport}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
      {shown ? (
        <section aria-labelledby="import-report">
          <h2 id="import-report">{result ? t.importStep4 : t.importStep3}</h2>
          <p role="status">{t.importTotals(shown.totals.rows, result ? shown.totals.taken : shown.totals.wouldTake, shown.totals.refused)}</p>
          <div class="scroll" tabIndex={0} role="region" aria-label={m().dataTable}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.row}</th>
                  <th scope="col">{t.title}</th>
                  <th scope="col">{t.verdict}</th>
                  <th scope="col">{t.problems}</th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((r) => (
                  <tr key={r.row} class={r.status === 'refused' ? 'refused-row' : ''}>
                    <td>{r.row}</td>
                    <td>{r.taskId ? <a href={`/tasks/${encodeURIComponent(r.taskId)}`}>{r.title}</a> : r.title}</td>
                    <td>{t.verdicts[r.status]}</td>
                    <td>
                      {r.problems.map((p) => (
                        <span class="sub" key={p.field}>
                          {t.column(p.field)}: {localized(p.message)}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </section>
  );
}
