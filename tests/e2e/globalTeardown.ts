import { rmSync } from "fs";
import type { E2eResources } from "./globalSetup";

/** Stops the workbench server and removes its build. */
export default async function globalTeardown(): Promise<void> {
  const resources = (globalThis as { salesGridE2e?: E2eResources }).salesGridE2e;
  if (!resources) return;
  await resources.server.close();
  rmSync(resources.folder, { recursive: true, force: true });
}
