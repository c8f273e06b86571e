// Removes what global-setup made.
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  if (process.env.DONDOC_TEST_DIR) rmSync(process.env.DONDOC_TEST_DIR, { recursive: true, force: true });
}
