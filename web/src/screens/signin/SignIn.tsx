// Sign-in: user name and password; a refusal says why (wrong password, too many attempts, no connection).
import { useEffect, useState } from 'preact/hooks';
import type { Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { ProblemNote } from '../../components/ProblemNote';
import { currentLang, m, setLang } from '../../i18n';
import { signIn, type User } from '../../session';

export function SignIn({ onSignedIn }: { onSignedIn: (u: User) => void }) {
  const t = m();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  useEffect(() => {
    document.title = `${t.signInTitle} · ${t.appName}`;
  }, [t]);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const r = await signIn(username.trim(), password);
    setBusy(false);
    if ('problem' in r) setProblem(r.problem);
    else onSignedIn(r.user);
  };
  return (
    <main id="main" class="signin">
      <div class="signin-card">
        <p class="brand">
          <span class="brand-mark" aria-hidden="true">ĐĐ</span>
          <span>{t.appName}</span>
        </p>
        <p class="tagline">{t.tagline}</p>
        <h1>{t.signInTitle}</h1>
        <form onSubmit={submit} noValidate>
          <Field id="username" label={t.username} required>
            <input id="username" name="username" autoComplete="username" required value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
          </Field>
          <Field id="password" label={t.password} required>
            <input id="password" name="password" type="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
          </Field>
          <ProblemNote problem={problem} />
          <button type="submit" disabled={busy}>
            {busy ? t.signingIn : t.signIn}
          </button>
        </form>
        <button type="button" class="link lang-switch" lang={currentLang() === 'vi' ? 'en' : 'vi'} onClick={() => setLang(currentLang() === 'vi' ? 'en' : 'vi')}>
          {t.switchLanguage}
        </button>
      </div>
    </main>
  );
}
