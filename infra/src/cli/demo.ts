import { loadDemoOrganisation } from '../demo-loader';

// npm run demo: loads the demo organisation into the services `npm start` runs (idempotent: a second run adds nothing).
void loadDemoOrganisation((text) => void process.stdout.write(text)).catch((error: unknown) => {
  process.stderr.write(`The demo was not loaded: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
