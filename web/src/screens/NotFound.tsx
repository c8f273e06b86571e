import { PageTitle } from '../components/Page';
import { m } from '../i18n';

export function NotFound() {
  return (
    <section>
      <PageTitle title={m().notFoundTitle} />
      <p>{m().notFoundText}</p>
      <p>
        <a href="/">{m().nav.home}</a>
      </p>
    </section>
  );
}
