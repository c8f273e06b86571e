// `npm run build` step: writes the production workflow bundle next to the compiled code.
import path from 'node:path';
import { writeWorkflowBundle } from './bundle';

export const BUNDLE_FILE = path.resolve(__dirname, '..', '..', 'workflow-bundle.js');

if (require.main === module) {
  writeWorkflowBundle(BUNDLE_FILE).then(
    () => console.log(`workflow bundle written to ${BUNDLE_FILE}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
