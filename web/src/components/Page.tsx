// A screen's heading: sets the document title and takes the focus when the screen opens, so a
// keyboard or screen-reader user starts at the new content.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { m } from '../i18n';

export function PageTitle({ title, children }: { title: string; children?: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${m().appName}`;
  }, [title]);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement?.id === 'main') ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div class="page-head">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
