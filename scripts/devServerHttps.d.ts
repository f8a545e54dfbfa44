/** Types of scripts/devServerHttps.js (CommonJS, run by webpack without a TypeScript step). */
type CertificateFiles = { ca: Buffer; cert: Buffer; key: Buffer };

export type DevServerHttpsDeps = {
  devCerts?: { getHttpsServerOptions(): Promise<CertificateFiles> };
  defaults?: { caCertificatePath: string; localhostCertificatePath: string; localhostKeyPath: string };
  log?: (message: string) => void;
};

export declare function devServerHttps(
  deps?: DevServerHttpsDeps,
): Promise<{ type: "https"; options: CertificateFiles } | { type: "http" }>;
