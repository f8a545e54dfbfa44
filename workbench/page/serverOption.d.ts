/** Types of serverOption.js (plain JS, as webpack.config.js requires it). */
export type WorkbenchServerOption =
  { type: "https"; options: { ca: Buffer; cert: Buffer; key: Buffer } } | { type: "http" };

export function workbenchServer(deps?: {
  devCerts?: { isCaCertificateInstalled(): boolean };
  defaults?: { caCertificatePath: string; localhostCertificatePath: string; localhostKeyPath: string };
}): WorkbenchServerOption;

export function workbenchBanner(url: string, scheme: "http" | "https"): string;
